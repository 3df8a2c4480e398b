/**
 * The sample project's exports, committed under tests/fixtures/formats/sample/ so reviewers can open them in
 * other tools. This test regenerates them and fails when they differ (run with QALAM_UPDATE_FIXTURES=1 to
 * rewrite them after an intended change); schema-validity.test.ts validates the same writers' output.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeTable } from '../../../../app/core/formats/table';
import { writeTbx } from '../../../../app/core/formats/tbx';
import { glossaryTermsFor } from '../../../../app/core/formats/terms';
import { writeText } from '../../../../app/core/formats/document';
import { writeTmx } from '../../../../app/core/formats/tmx-write';
import { readXliff } from '../../../../app/core/formats/xliff-read';
import { writeXliff12 } from '../../../../app/core/formats/xliff12-write';
import { writeXliff2 } from '../../../../app/core/formats/xliff2-write';
import { sampleProject } from './sample';
import { schemaDir, validateTmx, validateXliff12, validateXliff2 } from './schema';

const dir = new URL('../../../fixtures/formats/sample/', import.meta.url);
const p = sampleProject();
const exports: Record<string, string> = {
  'sample.xliff21.xlf': writeXliff2(p, { termsFor: glossaryTermsFor(p) }),
  'sample.xliff20.xlf': writeXliff2(p, { version: '2.0', termsFor: glossaryTermsFor(p) }),
  'sample.xliff12.xlf': writeXliff12(p),
  'sample.tmx': writeTmx(p, { rows: 'all' }),
  'sample.tbx': writeTbx(p.glossary),
  'sample.txt': writeText(p),
  'sample.tsv': writeTable(p, 'tsv'),
  'sample.csv': writeTable(p, 'csv'),
};

if (process.env.QALAM_UPDATE_FIXTURES === '1') {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(exports)) writeFileSync(new URL(name, dir), text);
}

describe('committed sample exports', () => {
  for (const [name, text] of Object.entries(exports)) {
    it(`${name} is what the writer produces today`, () => {
      const file = new URL(name, dir);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(text);
    });
  }

  it('the committed XLIFF files import back to the sample project', () => {
    expect(readXliff(readFileSync(new URL('sample.xliff21.xlf', dir), 'utf8'), { file: 'sample.xliff21.xlf' })).toEqual(p);
    expect(readXliff(readFileSync(new URL('sample.xliff12.xlf', dir), 'utf8'), { file: 'sample.xliff12.xlf' }).rows.map((r) => r.target)).toEqual(p.rows.map((r) => r.target));
  });

  it.skipIf(!schemaDir)('the committed XLIFF and TMX files are valid', async () => {
    expect((await validateXliff2(readFileSync(new URL('sample.xliff21.xlf', dir), 'utf8'))).valid).toBe(true);
    expect((await validateXliff2(readFileSync(new URL('sample.xliff20.xlf', dir), 'utf8'))).valid).toBe(true);
    expect((await validateXliff12(readFileSync(new URL('sample.xliff12.xlf', dir), 'utf8'))).valid).toBe(true);
    expect((await validateTmx(readFileSync(new URL('sample.tmx', dir), 'utf8'))).valid).toBe(true);
  });
});
