/** Every exported file validates against the official schema (XLIFF 1.2 strict, XLIFF 2 core + modules, TMX 1.4b DTD). */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXliff } from '../../../../app/core/formats/xliff-read';
import { writeXliff12 } from '../../../../app/core/formats/xliff12-write';
import { writeXliff2 } from '../../../../app/core/formats/xliff2-write';
import { writeTmx } from '../../../../app/core/formats/tmx-write';
import { glossaryTermsFor } from '../../../../app/core/formats/terms';
import { sampleProject } from './sample';
import { anyText, projectArb, xmlText } from './arbitraries';
import { schemaDir, validateTmx, validateXliff12, validateXliff2 } from './schema';

if (!schemaDir) console.warn('schema checks skipped: neither ../shared/schemas nor tests/schemas is present');
const fixture = (name: string) => readXliff(readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url), 'utf8'), { file: name, now: 'x', id: 'x' });

describe.skipIf(!schemaDir)('exports validate against the official schemas', () => {
  const p = sampleProject();

  it('XLIFF 2.1 with the glossary and metadata modules', async () => {
    const r = await validateXliff2(writeXliff2(p, { termsFor: glossaryTermsFor(p) }));
    expect(r.errors.filter((e) => !e.includes('warning'))).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('XLIFF 2.0', async () => {
    expect((await validateXliff2(writeXliff2(p, { version: '2.0' }))).valid).toBe(true);
  });

  it('XLIFF 1.2 strict', async () => {
    const r = await validateXliff12(writeXliff12(p));
    expect(r.errors.filter((e) => !e.includes('warning'))).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('TMX 1.4b, confirmed rows and a raw alignment', async () => {
    for (const rows of ['confirmed', 'all'] as const) {
      const r = await validateTmx(writeTmx(p, { rows }));
      expect(r.errors).toEqual([]);
      expect(r.valid).toBe(true);
    }
  });

  it('an Okapi-style XLIFF 2.1 file re-exported keeps validating', async () => {
    expect((await validateXliff2(writeXliff2(fixture('okapi-style-21.xlf')))).valid).toBe(true);
  });

  it('a Trados-style file converted to XLIFF 2.1 (codes rewritten as <pc>/<ph>/<mrk>) validates', async () => {
    const x = writeXliff2(fixture('trados-style.sdlxliff'));
    expect(x).toContain('<pc id="5">');
    expect((await validateXliff2(x)).valid).toBe(true);
  });

  it('an Okapi-style XLIFF 2.1 file converted to 1.2 strict (<pc> → <g>, <sc/> → <bx/>, <mrk> without mid) validates', async () => {
    const x = writeXliff12(fixture('okapi-style-21.xlf'));
    expect(x).toContain('<bx id="3"/>');
    const r = await validateXliff12(x);
    expect(r.errors.filter((e) => !e.includes('warning'))).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('the validator does catch an invalid file (a state 1.2 does not define)', async () => {
    const bad = writeXliff12(p).replace('state="final"', 'state="done"');
    expect((await validateXliff12(bad)).valid).toBe(false);
    expect((await validateXliff2(writeXliff2(p).replace('state="final"', 'state="done"'))).valid).toBe(false);
    expect((await validateTmx(writeTmx(p).replace('<tuv xml:lang="ar">', '<tuv>'))).valid).toBe(false);
  });
});

describe.skipIf(!schemaDir)('random projects export to valid files', () => {
  // A few runs only: each validation starts xmllint-wasm.
  it('XLIFF 2.1, XLIFF 1.2 strict and TMX stay valid over Arabic, specials, bidi controls, emoji, empty targets and codes', async () => {
    await fc.assert(
      fc.asyncProperty(projectArb('xliff2', anyText), projectArb('xliff12', xmlText), async (p2, p12) => {
        const x2 = await validateXliff2(writeXliff2(p2));
        expect(x2.errors.filter((e) => !e.includes('warning'))).toEqual([]);
        const x12 = await validateXliff12(writeXliff12(p12));
        expect(x12.errors.filter((e) => !e.includes('warning'))).toEqual([]);
        expect((await validateTmx(writeTmx(p2, { rows: 'all' }))).errors).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });
});
