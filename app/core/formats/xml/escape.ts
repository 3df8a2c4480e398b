/** Escaping for the XML writers: the five specials, line ends that parsers would normalise, and characters XML 1.0 forbids. */

/** True when `code` (a code point) may appear in an XML 1.0 document. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 || code === 0xa || code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

// Characters that need work in text content: the specials, CR (a parser turns it into LF), and anything
// outside the XML 1.0 character range (C0 controls, lone surrogates, U+FFFE/U+FFFF).
const TEXT_NEEDS = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const ATTR_NEEDS = /[&<>"\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/**
 * What to do with a character XML 1.0 cannot carry. It receives the code point and returns the markup to write
 * instead (XLIFF 2 writes `<cp hex="…"/>`; formats without such an element write U+FFFD).
 */
export type InvalidCharHandler = (code: number) => string;

export const replaceInvalid: InvalidCharHandler = () => '\ufffd';

function escapeWith(s: string, needs: RegExp, inAttr: boolean, invalid: InvalidCharHandler): string {
  if (!needs.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x26: out += '&amp;'; continue;
      case 0x3c: out += '&lt;'; continue;
      case 0x3e: out += '&gt;'; continue;
      case 0x22: out += inAttr ? '&quot;' : '"'; continue;
      case 0x0d: out += '&#xD;'; continue;
      case 0x0a: out += inAttr ? '&#xA;' : '\n'; continue;
      case 0x09: out += inAttr ? '&#x9;' : '\t'; continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
        continue;
      }
      out += invalid(c);
      continue;
    }
    out += isXmlChar(c) ? s[i]! : invalid(c);
  }
  return out;
}

/** Escapes character data. Bidi controls and other format characters are kept as characters. */
export function escapeText(s: string, invalid: InvalidCharHandler = replaceInvalid): string {
  return escapeWith(s, TEXT_NEEDS, false, invalid);
}

/** Escapes a value for a double-quoted attribute, keeping tabs and line ends (a parser would turn them into spaces). */
export function escapeAttr(s: string): string {
  return escapeWith(s, ATTR_NEEDS, true, replaceInvalid);
}
