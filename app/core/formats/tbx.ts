/**
 * TBX glossary exchange: TBX-Basic (TBX v3, DCA style) out, TBX v3 and the older TBX 2008 `<martif>` in.
 * One concept entry per glossary entry: the Arabic term in the `ar` language section; allowed translations
 * (preferred first) and forbidden ones, told apart by administrative status, in the `en` section.
 */
import type { GlossaryEntry } from '../project/model';
import { FormatError } from './errors';
import { NS } from './namespaces';
import { primary } from './read-common';
import { parseXml, type XmlLimits } from './xml/parse';
import { attr, elements, textOf, XML_NS, type XmlElement } from './xml/tree';
import { escapeAttr, escapeText } from './xml/escape';

const CASE_NOTE = 'qalam:case-sensitive';
const PREFERRED = 'preferredTerm-admn-sts';
const ADMITTED = 'admittedTerm-admn-sts';
const DEPRECATED = 'deprecatedTerm-admn-sts';

/** Writes a glossary as TBX-Basic. Deterministic. */
export function writeTbx(entries: readonly GlossaryEntry[], langs = { source: 'ar', target: 'en' }): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="${NS.tbx}">`,
    '  <tbxHeader><fileDesc><sourceDesc><p>Glossary exported by Qalam</p></sourceDesc></fileDesc></tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  entries.forEach((e, i) => {
    const id = /^[A-Za-z_][\w.-]*$/.test(e.id) ? e.id : `c${i + 1}`;
    out.push(`      <conceptEntry id="${escapeAttr(id)}">`);
    if (e.note !== undefined) out.push(`        <note>${escapeText(e.note)}</note>`);
    if (e.caseSensitive) out.push(`        <note>${CASE_NOTE}</note>`);
    const pos = e.partOfSpeech !== undefined ? `<termNote type="partOfSpeech">${escapeText(e.partOfSpeech)}</termNote>` : '';
    // Other Arabic spellings of the term follow the main one as admitted terms of the same concept.
    const variants = (e.sourceVariants ?? []).map((v) => termSec(v, ADMITTED)).join('');
    out.push(`        <langSec xml:lang="${escapeAttr(langs.source)}"><termSec><term>${escapeText(e.source)}</term>${pos}</termSec>${variants}</langSec>`);
    const secs = [
      ...e.targets.map((t, k) => termSec(t, k === 0 ? PREFERRED : ADMITTED)),
      ...e.forbidden.map((t) => termSec(t, DEPRECATED)),
    ];
    out.push(`        <langSec xml:lang="${escapeAttr(langs.target)}">${secs.join('')}</langSec>`);
    out.push('      </conceptEntry>');
  });
  out.push('    </body>', '  </text>', '</tbx>');
  return out.join('\n') + '\n';
}

function termSec(term: string, status: string): string {
  return `<termSec><term>${escapeText(term)}</term><termNote type="administrativeStatus">${status}</termNote></termSec>`;
}

/** Reads TBX v3 (`<tbx>`) or TBX 2008 (`<martif>`) into glossary entries. */
export function readTbx(text: string, options: { file: string; limits?: XmlLimits; languages?: { source: string; target: string } }): GlossaryEntry[] {
  const { root } = parseXml(text, options.file, options.limits);
  const want = options.languages ?? { source: 'ar', target: 'en' };
  const where = { file: options.file, line: root.line, column: root.column };
  if (root.local === 'tbx' && root.uri !== NS.tbx) throw new FormatError(`wrong namespace "${root.uri}" for TBX v3; expected ${NS.tbx}`, where, 'namespace');
  if (root.local !== 'tbx' && root.local !== 'martif') throw new FormatError(`not a TBX file (the root element is <${root.name}>)`, where, 'structure');
  const entries: GlossaryEntry[] = [];
  const concepts: XmlElement[] = [];
  const find = (el: XmlElement): void => {
    for (const c of elements(el)) {
      if (c.local === 'conceptEntry' || c.local === 'termEntry') concepts.push(c);
      else find(c);
    }
  };
  find(root);
  concepts.forEach((c, i) => {
    const entry: GlossaryEntry = { id: attr(c, 'id') ?? `t${i + 1}`, source: '', targets: [], forbidden: [] };
    for (const n of elements(c, 'note')) {
      if (textOf(n) === CASE_NOTE) entry.caseSensitive = true;
      else entry.note = textOf(n);
    }
    for (const ls of elements(c).filter((e) => e.local === 'langSec' || e.local === 'langSet')) {
      const lang = primary(attr(ls, 'lang', XML_NS) ?? '');
      for (const ts of termSecs(ls)) {
        const term = findTerm(ts);
        if (term === undefined) continue;
        const notes = new Map<string, string>();
        collectNotes(ts, notes);
        if (lang === want.source && entry.source === '') {
          entry.source = term;
          const pos = notes.get('partOfSpeech');
          if (pos !== undefined) entry.partOfSpeech = pos;
        } else if (lang === want.source) {
          if (term !== entry.source && !(entry.sourceVariants ?? []).includes(term)) (entry.sourceVariants ??= []).push(term);
        } else if (lang === want.target) {
          const status = notes.get('administrativeStatus') ?? '';
          if (/^(deprecated|superseded)/.test(status)) entry.forbidden.push(term);
          else if (status.startsWith('preferred')) entry.targets.unshift(term);
          else entry.targets.push(term);
        }
      }
    }
    if (entry.source === '' || entry.targets.length === 0) return;
    entries.push(entry);
  });
  return entries;
}

function termSecs(ls: XmlElement): XmlElement[] {
  return elements(ls).filter((e) => e.local === 'termSec' || e.local === 'tig' || e.local === 'ntig');
}

function findTerm(el: XmlElement): string | undefined {
  for (const c of elements(el)) {
    if (c.local === 'term') return textOf(c);
    const t = findTerm(c);
    if (t !== undefined) return t;
  }
  return undefined;
}

function collectNotes(el: XmlElement, into: Map<string, string>): void {
  for (const c of elements(el)) {
    if (c.local === 'termNote') into.set(attr(c, 'type') ?? '', textOf(c));
    else collectNotes(c, into);
  }
}
