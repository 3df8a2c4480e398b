/**
 * The bilingual review table as an Excel workbook (.xlsx): the columns of the TSV export, a bold header row
 * that stays in view (frozen), set column widths, wrapped text, and the Arabic column's cells right-to-left
 * (reading order 2, right-aligned) while the sheet itself stays left-to-right. This file writes the
 * SpreadsheetML parts as strings; the host puts them in the zip container.
 */
import type { Project } from '../project/model';
import { rowCells, TABLE_COLUMNS } from './table';
import { escapeAttr, escapeText } from './xml/escape';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Part names of the package, in the order they are written. */
export const XLSX_PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
  'xl/worksheets/sheet1.xml',
] as const;

/** Cell styles (indexes into cellXfs in styles.xml). */
export const XLSX_STYLE = { plain: 0, header: 1, arabic: 2, wrapped: 3, number: 4, score: 5 } as const;

/** Width of each column of TABLE_COLUMNS, in characters. */
const WIDTHS: Record<(typeof TABLE_COLUMNS)[number], number> = { id: 14, paragraph: 10, source: 60, target: 60, state: 12, score: 8, notes: 40 };

/** The column letter of a 0-based column index (A … Z, AA …). */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The most characters a spreadsheet cell holds (Excel's limit; longer text makes it "repair" the file). */
export const XLSX_CELL_MAX = 32_767;

/**
 * Text for a cell: line ends as LF, `_xHHHH_` (which spreadsheet programs read as an escaped character)
 * protected by escaping its underscore, so what the reviewer sees is what the project holds, and text over
 * the cell limit cut with an ellipsis.
 */
export function cellText(s: string): string {
  let t = s.replace(/\r\n?/g, '\n');
  if (t.length > XLSX_CELL_MAX) {
    const cut = XLSX_CELL_MAX - 1 - (/[\ud800-\udbff]/.test(t[XLSX_CELL_MAX - 2]!) ? 1 : 0);
    t = t.slice(0, cut) + '…';
  }
  return t.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** The SpreadsheetML parts of the review table of `project`, by part name. */
export function xlsxParts(project: Project): Record<(typeof XLSX_PARTS)[number], string> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      index.set(s, (i = strings.length));
      strings.push(s);
    }
    return i;
  };
  const text = (ref: string, s: string, style: number): string => (s === '' ? '' : `<c r="${ref}" s="${style}" t="s"><v>${shared(s)}</v></c>`);
  const num = (ref: string, s: string, style: number): string => (s === '' ? '' : `<c r="${ref}" s="${style}"><v>${s}</v></c>`);
  const cols = TABLE_COLUMNS.map((_c, i) => columnName(i));
  const sourceCol = TABLE_COLUMNS.indexOf('source');
  const rows: string[] = [`<row r="1">${TABLE_COLUMNS.map((c, i) => text(`${cols[i]}1`, c, XLSX_STYLE.header)).join('')}</row>`];
  project.rows.forEach((row, k) => {
    const r = k + 2;
    const cells = rowCells(row).map((value, i) => {
      const ref = `${cols[i]}${r}`;
      const column = TABLE_COLUMNS[i]!;
      if (column === 'paragraph') return num(ref, value, XLSX_STYLE.number);
      if (column === 'score') return num(ref, row.score !== null && Number.isFinite(row.score) ? String(row.score) : '', XLSX_STYLE.score);
      return text(ref, cellText(value), i === sourceCol ? XLSX_STYLE.arabic : column === 'id' || column === 'state' ? XLSX_STYLE.plain : XLSX_STYLE.wrapped);
    });
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  });
  const last = `${cols[cols.length - 1]}${project.rows.length + 1}`;
  const sheet =
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${TABLE_COLUMNS.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${WIDTHS[c]}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="A1:${last}"/>` +
    '</worksheet>';
  const sst =
    `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t xml:space="preserve">${escapeText(s)}</t></si>`).join('') +
    '</sst>';
  return {
    '[Content_Types].xml':
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
      '</Types>',
    '_rels/.rels': `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
      `<sheets><sheet name="${escapeAttr(sheetName(project.name))}" sheetId="1" r:id="rId1"/></sheets>` +
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${sheetName(project.name).replace(/'/g, "''")}'!$A$1:$${cols[cols.length - 1]}$${project.rows.length + 1}</definedName></definedNames>` +
      '</workbook>',
    'xl/_rels/workbook.xml.rels':
      `${HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
    'xl/styles.xml': STYLES,
    'xl/sharedStrings.xml': sst,
    'xl/worksheets/sheet1.xml': sheet,
  };
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty. */
export function sheetName(name: string): string {
  const s = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return s === '' ? 'Qalam' : s;
}

// Fonts: 0 regular, 1 bold. cellXfs in XLSX_STYLE order: plain, header (bold, frozen row), Arabic (right to
// left, right-aligned, wrapped, top), wrapped (top), number (integer), score (0.00).
const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right" vertical="top" wrapText="1" readingOrder="2"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
