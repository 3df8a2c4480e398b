import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../app/core/project/model';
import { rowCells, TABLE_COLUMNS } from '../../../../app/core/formats/table';
import { cellText, columnName, sheetName, XLSX_CELL_MAX, XLSX_PARTS, XLSX_STYLE, xlsxParts } from '../../../../app/core/formats/xlsx';
import { parseXml } from '../../../../app/core/formats/xml/parse';
import { attr, child, elements, type XmlElement } from '../../../../app/core/formats/xml/tree';
import { sampleProject } from './sample';
import { MAIN, sharedStrings, sheetRows } from './xlsx-read';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The sample project with the text that trips spreadsheet files: specials, escapes, line ends, emoji, bidi controls. */
function trickyProject(): Project {
  const p = sampleProject();
  p.rows[0]!.target = 'Fish & chips <b> "quoted" \'single\' >';
  p.rows[1]!.source = ['\u200fقال: «نعم» & لا < > _x0041_'];
  p.rows[1]!.notes = [{ text: 'line one\r\nline two\rthree' }, { text: 'emoji 😀 and a vertical tab \u000b' }];
  p.rows[3]!.score = null;
  return p;
}

function parse(xml: string, name: string): XmlElement {
  return parseXml(xml, name).root;
}

describe('xlsx parts', () => {
  it('are well-formed XML, and [Content_Types].xml names every part with its content type', () => {
    const parts = xlsxParts(sampleProject());
    expect(Object.keys(parts).sort()).toEqual([...XLSX_PARTS].sort());
    for (const name of XLSX_PARTS) expect(() => parse(parts[name], name)).not.toThrow();
    const types = parse(parts['[Content_Types].xml'], 'ct');
    const defaults = Object.fromEntries(elements(types, 'Default').map((d) => [attr(d, 'Extension'), attr(d, 'ContentType')]));
    expect(defaults).toEqual({ rels: 'application/vnd.openxmlformats-package.relationships+xml', xml: 'application/xml' });
    const overrides = Object.fromEntries(elements(types, 'Override').map((o) => [attr(o, 'PartName'), attr(o, 'ContentType')]));
    expect(overrides).toEqual({
      '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      '/xl/worksheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
      '/xl/styles.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
      '/xl/sharedStrings.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
    });
  });

  it('link the package to the workbook and the workbook to its one sheet, styles and shared strings', () => {
    const parts = xlsxParts(sampleProject());
    const rels = (xml: string): Record<string, [string, string]> =>
      Object.fromEntries(elements(parse(xml, 'rels'), 'Relationship', REL_NS).map((r) => [attr(r, 'Id')!, [attr(r, 'Type')!.replace(/^.*\//, ''), attr(r, 'Target')!]]));
    expect(rels(parts['_rels/.rels'])).toEqual({ rId1: ['officeDocument', 'xl/workbook.xml'] });
    const wbRels = rels(parts['xl/_rels/workbook.xml.rels']);
    expect(Object.values(wbRels).sort()).toEqual([
      ['sharedStrings', 'sharedStrings.xml'],
      ['styles', 'styles.xml'],
      ['worksheet', 'worksheets/sheet1.xml'],
    ]);
    const workbook = parse(parts['xl/workbook.xml'], 'workbook');
    expect(workbook.uri).toBe(MAIN);
    const sheets = elements(child(workbook, 'sheets', MAIN)!, 'sheet', MAIN);
    expect(sheets).toHaveLength(1);
    expect(attr(sheets[0]!, 'name')).toBe('sample');
    const rid = attr(sheets[0]!, 'id', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships')!;
    expect(wbRels[rid]).toEqual(['worksheet', 'worksheets/sheet1.xml']);
  });

  it('freeze a bold header row, set every column width and keep the sheet left to right', () => {
    const parts = xlsxParts(sampleProject());
    const sheet = parse(parts['xl/worksheets/sheet1.xml'], 'sheet');
    const view = child(child(sheet, 'sheetViews', MAIN)!, 'sheetView', MAIN)!;
    expect(attr(view, 'rightToLeft')).toBeUndefined();
    const pane = child(view, 'pane', MAIN)!;
    expect([attr(pane, 'ySplit'), attr(pane, 'topLeftCell'), attr(pane, 'state')]).toEqual(['1', 'A2', 'frozen']);
    const cols = elements(child(sheet, 'cols', MAIN)!, 'col', MAIN);
    expect(cols.map((c) => [attr(c, 'min'), attr(c, 'customWidth')])).toEqual(TABLE_COLUMNS.map((_c, i) => [String(i + 1), '1']));
    expect(cols.every((c) => Number(attr(c, 'width')) >= 8)).toBe(true);
    expect(Number(attr(cols[2]!, 'width'))).toBeGreaterThan(Number(attr(cols[0]!, 'width')));
    const strings = sharedStrings(parts['xl/sharedStrings.xml']);
    const [header] = sheetRows(parts['xl/worksheets/sheet1.xml'], strings);
    expect(header!.map((c) => c.value)).toEqual([...TABLE_COLUMNS]);
    expect(header!.every((c) => c.style === XLSX_STYLE.header)).toBe(true);
    const styles = parse(parts['xl/styles.xml'], 'styles');
    const xfs = elements(child(styles, 'cellXfs', MAIN)!, 'xf', MAIN);
    const fonts = elements(child(styles, 'fonts', MAIN)!, 'font', MAIN);
    expect(child(fonts[Number(attr(xfs[XLSX_STYLE.header]!, 'fontId'))]!, 'b', MAIN)).toBeDefined();
    expect(child(fonts[Number(attr(xfs[XLSX_STYLE.plain]!, 'fontId'))]!, 'b', MAIN)).toBeUndefined();
    expect(attr(child(styles, 'cellXfs', MAIN)!, 'count')).toBe(String(xfs.length));
  });

  it('write the Arabic column right to left (reading order 2, right-aligned) and only that column', () => {
    const parts = xlsxParts(sampleProject());
    const styles = parse(parts['xl/styles.xml'], 'styles');
    const xfs = elements(child(styles, 'cellXfs', MAIN)!, 'xf', MAIN);
    const align = (s: number): XmlElement | undefined => child(xfs[s]!, 'alignment', MAIN);
    expect([attr(align(XLSX_STYLE.arabic)!, 'readingOrder'), attr(align(XLSX_STYLE.arabic)!, 'horizontal')]).toEqual(['2', 'right']);
    const rows = sheetRows(parts['xl/worksheets/sheet1.xml'], sharedStrings(parts['xl/sharedStrings.xml'])).slice(1);
    const source = columnName(TABLE_COLUMNS.indexOf('source'));
    for (const row of rows) {
      for (const c of row) {
        const rtl = align(c.style) && attr(align(c.style)!, 'readingOrder') === '2';
        expect(rtl).toBe(c.ref.startsWith(source));
      }
    }
  });

  it('give back every cell of the TSV columns: text with & < > quotes, Arabic, bidi controls, emoji, line ends, _xHHHH_', () => {
    const p = trickyProject();
    const parts = xlsxParts(p);
    const strings = sharedStrings(parts['xl/sharedStrings.xml']);
    const rows = sheetRows(parts['xl/worksheets/sheet1.xml'], strings).slice(1);
    expect(rows).toHaveLength(p.rows.length);
    p.rows.forEach((row, k) => {
      const expected = rowCells(row).map((v) => v.replace(/\r\n?/g, '\n').replace(/\u000b/g, '\ufffd'));
      const got = TABLE_COLUMNS.map((_c, i) => rows[k]!.find((c) => c.ref === `${columnName(i)}${k + 2}`));
      got.forEach((cell, i) => {
        const column = TABLE_COLUMNS[i]!;
        if (expected[i] === '') return expect(cell).toBeUndefined();
        if (column === 'score') return expect([cell!.type, Number(cell!.value).toFixed(2)]).toEqual(['number', expected[i]]);
        if (column === 'paragraph') return expect([cell!.type, cell!.value]).toEqual(['number', expected[i]]);
        expect([cell!.type, cell!.value]).toEqual(['string', expected[i]]);
      });
    });
    expect(rows[1]!.find((c) => c.ref === 'C3')!.value).toBe('\u200fقال: «نعم» & لا < > _x0041_');
    expect(rows[1]!.find((c) => c.ref === 'G3')!.value).toBe('line one\nline two\nthree | emoji 😀 and a vertical tab \ufffd');
    expect(rows[3]!.find((c) => c.ref.startsWith('F'))).toBeUndefined();
  });

  it('share repeated strings once and count them', () => {
    const p = sampleProject();
    for (const r of p.rows) r.state = 'translated';
    const parts = xlsxParts(p);
    const sst = parse(parts['xl/sharedStrings.xml'], 'sst');
    const si = elements(sst, 'si', MAIN);
    expect(si.filter((s) => elements(s, 't', MAIN).some((t) => t.children[0] === 'translated'))).toHaveLength(1);
    expect([attr(sst, 'count'), attr(sst, 'uniqueCount')]).toEqual([String(si.length), String(si.length)]);
  });

  it('write an empty project as the header row alone', () => {
    const p = sampleProject();
    p.rows = [];
    const parts = xlsxParts(p);
    const sheet = parse(parts['xl/worksheets/sheet1.xml'], 'sheet');
    expect(attr(child(sheet, 'dimension', MAIN)!, 'ref')).toBe('A1:G1');
    expect(sheetRows(parts['xl/worksheets/sheet1.xml'], sharedStrings(parts['xl/sharedStrings.xml']))).toHaveLength(1);
  });
});

describe('xlsx helpers', () => {
  it('name columns as spreadsheets do', () => {
    expect([0, 6, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'G', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('make sheet names Excel accepts', () => {
    expect(sheetName('a/b:c*d?[e]\\f')).toBe('a b c d  e  f');
    expect(sheetName("'quoted'")).toBe('quoted');
    expect(sheetName('')).toBe('Qalam');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('cut text over the cell limit without splitting an emoji, and protect _xHHHH_', () => {
    const long = 'a'.repeat(XLSX_CELL_MAX - 2) + '😀' + 'b';
    const cut = cellText(long);
    expect(cut).toHaveLength(XLSX_CELL_MAX - 1);
    expect(cut.endsWith('a…')).toBe(true);
    expect(cellText('x'.repeat(XLSX_CELL_MAX))).toHaveLength(XLSX_CELL_MAX);
    expect(cellText('_x0041_ and _x00e9_')).toBe('_x005F_x0041_ and _x005F_x00e9_');
  });
});
