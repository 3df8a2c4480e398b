/**
 * Character classes of XML 1.0 (fifth edition) and 1.1 for the scanner: names and the characters a document may
 * not contain. (The scanner's hot helpers, `scanName` and `isSpace`, live in scanner.ts, next to their callers.)
 */

const NAME_START_RANGES =
  'A-Z_a-z\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2FF}\\u{370}-\\u{37D}\\u{37F}-\\u{1FFF}\\u{200C}-\\u{200D}' +
  '\\u{2070}-\\u{218F}\\u{2C00}-\\u{2FEF}\\u{3001}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFFD}\\u{10000}-\\u{EFFFF}';
const NAME_MORE_RANGES = '\\-.0-9\\u{B7}\\u{300}-\\u{36F}\\u{203F}-\\u{2040}';

/** A Name (colons allowed: the namespace check comes afterwards) and an NCName (no colon), from lastIndex. */
export const NAME_RE = new RegExp(`[:${NAME_START_RANGES}][:${NAME_START_RANGES}${NAME_MORE_RANGES}]*`, 'uy');
export const NCNAME_RE = new RegExp(`[${NAME_START_RANGES}][${NAME_START_RANGES}${NAME_MORE_RANGES}]*`, 'uy');
const WHOLE_NAME_RE = new RegExp(`^[:${NAME_START_RANGES}][:${NAME_START_RANGES}${NAME_MORE_RANGES}]*$`, 'u');

/** True when `s` is a Name (used only to word an error message). */
export function isName(s: string): boolean {
  return WHOLE_NAME_RE.test(s);
}

/** True when `code` may be written as a character reference in an XML 1.1 document. */
export function isXml11RefChar(code: number): boolean {
  return (code >= 0x1 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

// Candidates for a character a document may not contain; surrogates are candidates until seen unpaired.
const SUSPECT_10 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;
// XML 1.1 also forbids the C1 controls written as characters (NEL has become a line end before this runs).
const SUSPECT_11 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ud800-\udfff\ufffe\uffff]/g;

/** Where `text` has its first character XML forbids (-1 if none), and its first astral character (-1 if none). */
export function scanChars(text: string, xml11: boolean): { invalid: number; astral: number } {
  const re = xml11 ? SUSPECT_11 : SUSPECT_10;
  re.lastIndex = 0;
  let astral = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (astral < 0) astral = i;
        re.lastIndex = i + 2;
        continue;
      }
    }
    return { invalid: i, astral };
  }
  return { invalid: -1, astral };
}
