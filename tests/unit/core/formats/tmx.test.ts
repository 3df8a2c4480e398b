import { describe, expect, it } from 'vitest';
import { readTmx } from '../../../../app/core/formats/tmx-read';
import { tmxRows, writeTmx } from '../../../../app/core/formats/tmx-write';
import { sampleProject } from './sample';

describe('TMX 1.4b export', () => {
  const p = sampleProject();

  it('carries only confirmed (reviewed or final) pairs by default, for translation memory', () => {
    expect(tmxRows(p).map((r) => r.id)).toEqual(['r1', 'r2']);
    const tmx = writeTmx(p);
    expect(tmx.match(/<tu /g)).toHaveLength(2);
    expect(tmx).toContain('<tuv xml:lang="ar"><seg>عقد مجلس الأمن جلسة طارئة يوم الاثنين.</seg></tuv>');
  });

  it('carries a raw alignment: every pair with text on both sides, score as a property', () => {
    const tmx = writeTmx(p, { rows: 'all' });
    expect(tmx.match(/<tu /g)).toHaveLength(3);
    // The 0-1 bead (no Arabic) and the untranslated row are not translation memory.
    expect(tmx).not.toContain('(Reuters)');
    expect(tmx).toContain('<prop type="x-qalam-score">0.71</prop>');
  });

  it('writes inline codes as bpt/ept pairs and ph with the original markup as native code', () => {
    const tmx = writeTmx(p, { rows: 'all' });
    expect(tmx).toContain('<bpt i="1" x="1">&lt;pc id="1" type="fmt" subType="xlf:b"&gt;</bpt>الأمين العام<ept i="1">&lt;/pc&gt;</ept>');
    expect(tmx).toContain('<ph x="2">&lt;ph id="2" disp="[br]"/&gt;</ph>');
  });

  it('writes a code whose partner is in another segment as an isolated <it>', () => {
    const q = sampleProject();
    q.rows[2]!.target = 'The \ue000Secretary-General announced';
    q.rows[2]!.state = 'final';
    expect(writeTmx(q)).toContain('<it pos="begin" x="1">&lt;pc id="1" type="fmt" subType="xlf:b"&gt;</it>');
  });
});

describe('TMX import', () => {
  it('reads a TMX written by another tool, matching tuv languages by primary subtag', () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="SomeCAT" creationtoolversion="9" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="ar-SA" datatype="rtf"/>
  <body>
    <tu tuid="7" creationdate="20250101T120000Z">
      <tuv xml:lang="en-GB"><seg>The <bpt i="1">{\\b </bpt>budget<ept i="1">}</ept> passed.</seg></tuv>
      <tuv xml:lang="ar-SA"><seg>أُقرّت <bpt i="1">{\\b </bpt>الميزانية<ept i="1">}</ept>.</seg></tuv>
    </tu>
    <tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="ar"><seg>مرحبا</seg></tuv></tu>
  </body>
</tmx>`;
    const p = readTmx(tmx, { file: 'memory.tmx', now: '2026-01-01T00:00:00Z' });
    expect(p.sourceLang).toBe('ar-SA');
    expect(p.targetLang).toBe('en-GB');
    // The French/Arabic unit is not an Arabic→English pair and is skipped.
    expect(p.rows).toHaveLength(1);
    const r = p.rows[0]!;
    expect(r.id).toBe('7');
    expect(r.source).toEqual(['أُقرّت \ue000الميزانية\ue001.']);
    expect(r.target).toBe('The \ue000budget\ue001 passed.');
    expect(r.codes).toEqual([
      { id: '1', kind: 'open', original: '{\\b ' },
      { id: '1', kind: 'close', original: '}' },
    ]);
    expect(r.state).toBe('final');
  });

  it('refuses an English-source memory, a wrong version and a namespaced root', () => {
    const base = '<tmx version="1.4"><header creationtool="a" creationtoolversion="1" segtype="sentence" o-tmf="a" adminlang="en" srclang="en" datatype="plaintext"/><body/></tmx>';
    expect(() => readTmx(base, { file: 'm.tmx' })).toThrow(/m\.tmx:line 1, column \d+: the source language is en; expected ar/);
    expect(() => readTmx(base.replace('version="1.4"', 'version="2.0"'), { file: 'm.tmx' })).toThrow(/unsupported TMX version 2\.0/);
    expect(() => readTmx(base.replace('<tmx ', '<tmx xmlns="urn:x" '), { file: 'm.tmx' })).toThrow(/wrong namespace/);
  });
});
