/**
 * Reads back what the .xlsx writer wrote, with Qalam's own XML parser, as a spreadsheet program would show it:
 * shared strings resolved and `_xHHHH_` escapes decoded. For the xlsx tests only.
 */
import { parseXml } from '../../../../app/core/formats/xml/parse';
import { attr, child, elements, textOf, type XmlElement } from '../../../../app/core/formats/xml/tree';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface SheetCell {
  ref: string;
  /** The value as shown: a shared string's text or the number as written. */
  value: string;
  type: 'string' | 'number';
  style: number;
}

function decodeEscapes(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function sharedStrings(xml: string): string[] {
  const sst = parseXml(xml, 'sharedStrings.xml').root;
  return elements(sst, 'si', MAIN).map((si) => decodeEscapes(textOf(child(si, 't', MAIN)!)));
}

/** The rows of sheet1.xml as arrays of cells (empty cells are absent, as in the file). */
export function sheetRows(sheetXml: string, strings: readonly string[]): SheetCell[][] {
  const sheet = parseXml(sheetXml, 'sheet1.xml').root;
  const data = child(sheet, 'sheetData', MAIN)!;
  return elements(data, 'row', MAIN).map((row: XmlElement) =>
    elements(row, 'c', MAIN).map((c) => {
      const v = textOf(child(c, 'v', MAIN)!);
      const shared = attr(c, 't') === 's';
      return { ref: attr(c, 'r')!, value: shared ? strings[Number(v)]! : v, type: shared ? 'string' : 'number', style: Number(attr(c, 's') ?? '0') };
    }),
  );
}
