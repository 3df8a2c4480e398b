/**
 * The XML scanner behind `parseXml`: a well-formedness-checking parser for XML 1.0 (and 1.1) with namespaces,
 * written for speed on large exchange files. It jumps from one `<` to the next with `indexOf` instead of
 * looking at every character through a state machine, and builds the small tree of `tree.ts` directly.
 *
 * What it refuses, with the line and column of the offending character: characters XML forbids (including
 * unpaired surrogates), malformed or mismatched tags, unquoted or duplicate attributes, `<` in attribute
 * values, undefined entities and bad character references, `]]>` in text, unclosed comments, CDATA sections
 * and processing instructions, `--` in comments, misplaced XML declarations and DOCTYPEs, text or a second
 * element outside the root, unbound or malformed namespace prefixes. It knows only the five predefined
 * entities and character references; a DOCTYPE with an internal subset is refused before anything in it is read.
 */
import { FormatError } from '../errors';
import { isName, isXml11RefChar, NAME_RE, NCNAME_RE, scanChars } from './chars';
import { isXmlChar } from './escape';
import { LineTracker } from './lines';
import { XML_NS, XMLNS_NS, type XmlAttr, type XmlElement } from './tree';

export interface ScanLimits {
  maxDepth: number;
  maxElements: number;
}

/** Called when an element closes, with its ancestors; returning true drops it from its parent. */
export type CloseHandler = (el: XmlElement, ancestors: readonly XmlElement[]) => boolean;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const TAB = 0x09;
const LF = 0x0a;

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const DECL =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"([^"<>?]*)"|'([^'<>?]*)')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"([^"<>?]*)"|'([^'<>?]*)'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"([^"<>?]*)"|'([^'<>?]*)'))?[ \t\n]*\?>/y;
const REFUSED_DTD = 'the file declares a DTD internal subset (entity declarations); such files are refused for safety';
const DECL_VERSION = /^\ufeff?<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/;

export class XmlScanner {
  private readonly text: string;
  private readonly lines: LineTracker;
  private readonly xml11: boolean;
  private readonly invalidChar: number;
  private readonly stack: XmlElement[] = [];
  private root: XmlElement | undefined;
  private count = 0;
  private sawDoctype = false;
  xmlVersion: string | undefined;

  constructor(
    source: string,
    private readonly file: string,
    private readonly limits: ScanLimits,
    private readonly onClose?: CloseHandler,
  ) {
    const declared = DECL_VERSION.exec(source);
    const version = declared ? (declared[1] ?? declared[2]) : undefined;
    // saxes, the parser before this one, read every declared version but 1.0 by the rules of 1.1; so do we.
    this.xml11 = version !== undefined && version !== '1.0' && /^1\.[0-9]+$/.test(version);
    // Line ends become \n before anything else (XML 2.11), so offsets, lines and columns agree afterwards.
    let text = source;
    if (this.xml11) {
      if (/[\r\u0085\u2028]/.test(text)) text = text.replace(/\r[\n\u0085]?|[\u0085\u2028]/g, '\n');
    } else if (text.includes('\r')) {
      text = text.replace(/\r\n?/g, '\n');
    }
    this.text = text;
    const chars = scanChars(text, this.xml11);
    this.invalidChar = chars.invalid;
    this.lines = new LineTracker(text, chars.astral);
  }

  /** Parses the whole document and returns its root element. */
  run(): XmlElement {
    const { text } = this;
    const n = text.length;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (text.startsWith('<?xml', i) && (isSpace(text.charCodeAt(i + 5)) || text.charCodeAt(i + 5) === QUESTION)) i = this.declaration(i);
    while (i < n) {
      const lt = text.indexOf('<', i);
      const end = lt < 0 ? n : lt;
      if (end > i) this.textRun(i, end);
      if (lt < 0) break;
      const c = text.charCodeAt(lt + 1);
      if (c === SLASH) i = this.endTag(lt);
      else if (c === BANG) i = this.bang(lt);
      else if (c === QUESTION) i = this.instruction(lt);
      else i = this.startTag(lt);
    }
    const open = this.stack[this.stack.length - 1];
    if (open) this.fail(`unclosed tag <${open.name}> (the file ends before it is closed)`, n);
    if (!this.root) this.fail('the file has no root element', n);
    if (this.invalidChar >= 0) this.fail(this.invalidCharReason(), this.invalidChar);
    return this.root!;
  }

  /** Throws a FormatError at `offset`, or at an earlier forbidden character if there is one. */
  fail(reason: string, offset: number, code = 'malformed'): never {
    if (this.invalidChar >= 0 && this.invalidChar < offset) {
      reason = this.invalidCharReason();
      offset = this.invalidChar;
      code = 'malformed';
    }
    const line = this.lines.at(offset);
    throw new FormatError(reason, { file: this.file, line, column: this.lines.before + 1 }, code);
  }

  private invalidCharReason(): string {
    const c = this.text.codePointAt(this.invalidChar)!;
    return `the character U+${c.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`;
  }

  private declaration(at: number): number {
    DECL.lastIndex = at;
    const m = DECL.exec(this.text);
    if (!m) this.fail('malformed XML declaration (expected <?xml version="1.0" …?>)', at);
    const version = m[1] ?? m[2]!;
    const encoding = m[3] ?? m[4];
    const standalone = m[5] ?? m[6];
    if (!/^1\.[0-9]+$/.test(version)) this.fail(`the XML version "${version}" is not 1.x`, at);
    if (encoding !== undefined && !/^[A-Za-z][A-Za-z0-9._-]*$/.test(encoding)) this.fail(`"${encoding}" is not an encoding name`, at);
    if (standalone !== undefined && standalone !== 'yes' && standalone !== 'no') this.fail('standalone must be "yes" or "no"', at);
    this.xmlVersion = version;
    return DECL.lastIndex;
  }

  private textRun(from: number, to: number): void {
    const { text } = this;
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      for (let k = from; k < to; k++) {
        if (!isSpace(text.charCodeAt(k))) this.fail(this.root ? 'text after the root element' : 'text before the root element', k);
      }
      return;
    }
    let s = text.slice(from, to);
    const bad = s.indexOf(']]>');
    if (bad >= 0) this.fail('"]]>" is not allowed in text', from + bad);
    if (s.indexOf('&') >= 0) s = this.decode(from, to, false);
    addText(parent, s);
  }

  /** Text or an attribute value with its references replaced (in attributes, tabs and line ends become spaces). */
  private decode(from: number, to: number, inAttr: boolean): string {
    const { text } = this;
    let out = '';
    let k = from;
    for (;;) {
      const amp = text.indexOf('&', k);
      if (amp < 0 || amp >= to) break;
      out += inAttr ? spaces(text.slice(k, amp)) : text.slice(k, amp);
      const semi = text.indexOf(';', amp + 1);
      if (semi < 0 || semi >= to) this.fail('"&" must start a reference such as &amp; (no ";" follows)', amp);
      out += this.reference(text.slice(amp + 1, semi), amp);
      k = semi + 1;
    }
    const rest = text.slice(k, to);
    return out + (inAttr ? spaces(rest) : rest);
  }

  private reference(ref: string, at: number): string {
    const named = PREDEFINED[ref];
    if (named !== undefined && Object.hasOwn(PREDEFINED, ref)) return named;
    let code = NaN;
    if (/^#x[0-9a-fA-F]+$/.test(ref)) code = parseInt(ref.slice(2), 16);
    else if (/^#[0-9]+$/.test(ref)) code = parseInt(ref.slice(1), 10);
    else if (ref === '' || ref[0] === '#' || !isName(ref)) this.fail(`malformed reference &${ref};`, at);
    else this.fail(`undefined entity &${ref}; (only &amp; &lt; &gt; &quot; &apos; are known)`, at);
    if (!(this.xml11 ? isXml11RefChar(code) : isXmlChar(code))) this.fail(`&${ref}; refers to a character XML does not allow`, at);
    return String.fromCodePoint(code);
  }

  private startTag(lt: number): number {
    const { text } = this;
    const nameEnd = scanName(text, lt + 1, true);
    if (nameEnd === lt + 1) this.fail('"<" must start a tag (write &lt; for a literal "<")', lt);
    const name = text.slice(lt + 1, nameEnd);
    if (this.root && this.stack.length === 0) this.fail(`a second root element <${name}> (a document has only one)`, lt);
    let attrs: XmlAttr[] | undefined;
    let attrAt: number[] | undefined;
    let j = nameEnd;
    let selfClosing = false;
    for (;;) {
      let c = text.charCodeAt(j);
      const spaced = isSpace(c);
      while (isSpace(c)) c = text.charCodeAt(++j);
      if (c === GT) break;
      if (c === SLASH) {
        if (text.charCodeAt(j + 1) !== GT) this.fail('"/" in a tag must be followed by ">"', j + 1);
        selfClosing = true;
        j++;
        break;
      }
      if (j >= text.length) this.fail(`the file ends inside the tag <${name}>`, text.length);
      const attrEnd = scanName(text, j, true);
      if (attrEnd === j) this.fail(`unexpected character in the tag <${name}>`, j);
      if (!spaced) this.fail('attributes must be separated by white space', j);
      const attrName = text.slice(j, attrEnd);
      const attrStart = j;
      j = attrEnd;
      while (isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) !== EQUALS) this.fail(`the attribute ${attrName} has no value`, j);
      j++;
      while (isSpace(text.charCodeAt(j))) j++;
      const q = text.charCodeAt(j);
      if (q !== DQUOTE && q !== SQUOTE) this.fail(`the value of ${attrName} must be in quotes`, j);
      const close = text.indexOf(q === DQUOTE ? '"' : "'", j + 1);
      const valueEnd = close < 0 ? text.length : close;
      let plain = true;
      for (let k = j + 1; k < valueEnd; k++) {
        const v = text.charCodeAt(k);
        if (v === LT) this.fail(`"<" is not allowed in an attribute value (in ${attrName})`, k);
        if (v === AMP || v === TAB || v === LF) plain = false;
      }
      if (close < 0) this.fail(`the value of ${attrName} is not closed`, j);
      const value = plain ? text.slice(j + 1, close) : this.decode(j + 1, close, true);
      (attrs ??= []).push({ name: attrName, uri: '', local: attrName, value });
      (attrAt ??= []).push(attrStart);
      j = close + 1;
    }
    this.open(name, attrs ?? [], attrAt, lt, j);
    if (selfClosing) this.close();
    return j + 1;
  }

  /**
   * Resolves names and namespaces of a complete start tag and adds the element. `attrAt` has the offset of each
   * attribute (for errors), `lt` and `gt` are the offsets of the tag's `<` and `>`.
   */
  private open(name: string, attrs: XmlAttr[], attrAt: number[] | undefined, lt: number, gt: number): void {
    const { stack } = this;
    const parent = stack[stack.length - 1];
    if (++this.count > this.limits.maxElements) this.fail(`the file has more than ${this.limits.maxElements} elements`, lt, 'too-large');
    if (stack.length >= this.limits.maxDepth) this.fail(`elements are nested more than ${this.limits.maxDepth} deep`, lt, 'too-deep');
    let scope: Record<string, string> = parent ? (parent.scope as Record<string, string>) : {};
    let declared = false;
    for (let k = 0; k < attrs.length; k++) {
      const a = attrs[k]!;
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
        if (!declared) scope = { ...scope };
        declared = true;
        this.declare(scope, a, attrAt![k]!);
      }
    }
    const colon = name.indexOf(':');
    let local = name;
    let uri: string;
    if (colon < 0) {
      uri = lookup(scope, '') ?? '';
    } else {
      const prefix = this.splitName(name, colon, lt + 1);
      local = name.slice(colon + 1);
      if (prefix === 'xmlns') this.fail(`an element may not use the prefix xmlns (<${name}>)`, lt + 1);
      uri = this.resolve(scope, prefix, name, lt + 1);
      if (uri === '') this.fail(`the namespace prefix ${prefix} (in <${name}>) is undeclared`, lt + 1);
    }
    for (let k = 0; k < attrs.length; k++) {
      const a = attrs[k]!;
      const c = a.name.indexOf(':');
      if (c < 0) {
        if (a.name === 'xmlns') a.uri = XMLNS_NS;
      } else {
        const prefix = this.splitName(a.name, c, attrAt![k]!);
        a.local = a.name.slice(c + 1);
        a.uri = this.resolve(scope, prefix, a.name, attrAt![k]!);
      }
      for (let m = 0; m < k; m++) {
        const b = attrs[m]!;
        if (c < 0 ? b.name === a.name : b.local === a.local && b.uri === a.uri && b.name.includes(':')) {
          this.fail(`the attribute ${a.name} appears twice in <${name}>`, attrAt![k]!);
        }
      }
    }
    const line = this.lines.at(gt + 1);
    const el: XmlElement = { name, local, uri, attrs, children: [], scope, line, column: this.lines.before };
    if (parent) parent.children.push(el);
    else this.root = el;
    stack.push(el);
  }

  private declare(scope: Record<string, string>, a: XmlAttr, at: number): void {
    const prefix = a.name === 'xmlns' ? '' : a.name.slice(6);
    if (a.name !== 'xmlns' && (prefix === '' || prefix.includes(':'))) this.fail(`malformed namespace declaration ${a.name}`, at);
    const value = a.value.trim();
    if (prefix !== '' && value === '' && !this.xml11) this.fail(`${a.name}="" may not undeclare a prefix in XML 1.0`, at);
    if ((prefix === 'xml') !== (value === XML_NS)) this.fail(`the prefix xml is bound only to ${XML_NS}`, at);
    if (prefix === 'xmlns' || value === XMLNS_NS) this.fail(`the prefix xmlns and ${XMLNS_NS} may not be declared`, at);
    Object.defineProperty(scope, prefix, { value, enumerable: true, writable: true, configurable: true });
  }

  private splitName(name: string, colon: number, at: number): string {
    if (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) >= 0) this.fail(`malformed name ${name}`, at);
    return name.slice(0, colon);
  }

  private resolve(scope: Record<string, string>, prefix: string, name: string, at: number): string {
    const uri = lookup(scope, prefix) ?? (prefix === 'xml' ? XML_NS : prefix === 'xmlns' ? XMLNS_NS : undefined);
    if (uri === undefined) this.fail(`the namespace prefix ${prefix} (in ${name}) is not declared`, at);
    return uri;
  }

  private close(): void {
    const { stack, onClose } = this;
    const el = stack.pop()!;
    if (onClose && stack.length > 0 && onClose(el, stack)) {
      const siblings = stack[stack.length - 1]!.children;
      if (siblings[siblings.length - 1] === el) siblings.pop();
    }
  }

  private endTag(lt: number): number {
    const { text } = this;
    const nameEnd = scanName(text, lt + 2, true);
    const name = text.slice(lt + 2, nameEnd);
    let j = nameEnd;
    while (isSpace(text.charCodeAt(j))) j++;
    if (nameEnd === lt + 2 || text.charCodeAt(j) !== GT) this.fail('malformed end tag', j);
    const top = this.stack[this.stack.length - 1];
    if (!top) this.fail(`the end tag </${name}> closes nothing`, lt);
    if (top.name !== name) this.fail(`the end tag </${name}> does not match <${top.name}>`, lt);
    this.close();
    return j + 1;
  }

  private bang(lt: number): number {
    const { text } = this;
    if (text.startsWith('--', lt + 2)) {
      const end = text.indexOf('--', lt + 4);
      if (end < 0) this.fail('the comment is not closed (no "-->")', lt);
      if (text.charCodeAt(end + 2) !== GT) this.fail('"--" is not allowed inside a comment', end);
      this.misc(lt, end + 3);
      return end + 3;
    }
    if (text.startsWith('[CDATA[', lt + 2)) {
      const parent = this.stack[this.stack.length - 1];
      if (!parent) this.fail('a CDATA section outside the root element', lt);
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) this.fail('the CDATA section is not closed (no "]]>")', lt);
      if (end > lt + 9) addText(parent, text.slice(lt + 9, end));
      return end + 3;
    }
    if (text.startsWith('DOCTYPE', lt + 2)) return this.doctype(lt);
    return this.fail('"<!" must start a comment, a CDATA section or a DOCTYPE', lt);
  }

  private doctype(lt: number): number {
    const { text } = this;
    if (this.root || this.sawDoctype) this.fail('a DOCTYPE must come once, before the root element', lt);
    this.sawDoctype = true;
    let j = lt + 9;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === GT) break;
      if (c === DQUOTE || c === SQUOTE) {
        const close = text.indexOf(c === DQUOTE ? '"' : "'", j + 1);
        if (close < 0) this.fail('the DOCTYPE is not closed', lt);
        j = close + 1;
        continue;
      }
      if (!(c >= 0)) this.fail('the DOCTYPE is not closed', lt);
      // "[" opens the internal subset, where ENTITY declarations live (XXE, "billion laughs"): refuse before reading it.
      if (c === 0x5b) this.fail(REFUSED_DTD, j, 'doctype');
      j++;
    }
    if (/<!ENTITY/i.test(text.slice(lt + 9, j))) this.fail(REFUSED_DTD, j, 'doctype');
    return j + 1;
  }

  private instruction(lt: number): number {
    const { text } = this;
    const targetEnd = scanName(text, lt + 2, false);
    const target = text.slice(lt + 2, targetEnd);
    if (target === '') this.fail('a processing instruction needs a target name', lt + 2);
    if (target.toLowerCase() === 'xml') this.fail('the XML declaration must be at the very start of the file', lt);
    const c = text.charCodeAt(targetEnd);
    if (!isSpace(c) && c !== QUESTION) this.fail(`unexpected character after <?${target}`, targetEnd);
    const end = text.indexOf('?>', targetEnd);
    if (end < 0) this.fail(`the processing instruction <?${target} is not closed (no "?>")`, lt);
    this.misc(lt, end + 2);
    return end + 2;
  }

  /** Comments and processing instructions inside an element are kept (as markup) for readers that want them. */
  private misc(from: number, to: number): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent) (parent.misc ??= []).push({ at: parent.children.length, markup: this.text.slice(from, to) });
  }
}

function addText(parent: XmlElement, t: string): void {
  const { children } = parent;
  const last = children.length - 1;
  if (last >= 0 && typeof children[last] === 'string') children[last] += t;
  else children.push(t);
}

function spaces(s: string): string {
  return s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 ? s.replace(/[\t\n]/g, ' ') : s;
}

function lookup(scope: Readonly<Record<string, string>>, prefix: string): string | undefined {
  return Object.hasOwn(scope, prefix) ? scope[prefix] : undefined;
}

/** True for the white space of XML: space, tab, line feed (carriage returns are gone by now). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

// 1 = may start a name, 2 = may continue one (ASCII only; the colon is handled by the caller's flag).
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) ASCII_NAME[c] = 3;
  else if (/[-.0-9]/.test(ch)) ASCII_NAME[c] = 2;
}
const COLON = 0x3a;

/**
 * The end of the name that starts at `from` in `text` (`from` itself when there is none). `colons` allows
 * colons (element and attribute names); processing-instruction targets are NCNames.
 */
function scanName(text: string, from: number, colons: boolean): number {
  let k = from;
  let c = text.charCodeAt(k);
  if (c < 128 && ((ASCII_NAME[c]! & 1) !== 0 || (colons && c === COLON))) {
    for (;;) {
      c = text.charCodeAt(++k);
      if (c < 128) {
        if (ASCII_NAME[c] !== 0 || (colons && c === COLON)) continue;
        return k;
      }
      if (!(c >= 0x80)) return k; // NaN: the end of the text
      break;
    }
  } else if (!(c >= 0x80)) {
    return from;
  }
  // A name with characters beyond ASCII (Arabic element names are legal XML).
  const re = colons ? NAME_RE : NCNAME_RE;
  re.lastIndex = from;
  return re.exec(text) ? re.lastIndex : from;
}
