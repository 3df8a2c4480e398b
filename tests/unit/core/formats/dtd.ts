/**
 * A small DTD validator for the tests: xmllint-wasm is built without DTD validation, so the TMX 1.4b DTD is
 * read here and its element content models and attribute lists are checked against a parsed document.
 * It understands what tmx14.dtd uses: parameter entities, EMPTY, mixed content, sequence/choice models with
 * ? * +, and CDATA/enumerated attributes with #REQUIRED, #IMPLIED, #FIXED and defaults.
 */
import { parseXml } from '../../../../app/core/formats/xml/parse';
import type { XmlElement } from '../../../../app/core/formats/xml/tree';

interface AttrDecl {
  name: string;
  values?: string[];
  required: boolean;
  fixed?: string;
}

interface ElementDecl {
  /** Regular expression over the child element names, each followed by a comma. */
  model: RegExp | 'EMPTY' | 'ANY';
  mixed: boolean;
  attrs: Map<string, AttrDecl>;
}

export type Dtd = Map<string, ElementDecl>;

export function parseDtd(text: string): Dtd {
  let s = text.replace(/\r/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const pe = new Map<string, string>();
  for (const m of s.matchAll(/<!ENTITY\s+%\s+([\w.-]+)\s+"([^"]*)"\s*>/g)) pe.set(m[1]!, m[2]!);
  s = s.replace(/%([\w.-]+);/g, (_, n: string) => pe.get(n) ?? '');
  const dtd: Dtd = new Map();
  for (const m of s.matchAll(/<!ELEMENT\s+([\w.:-]+)\s+([^>]*)>/g)) {
    const spec = m[2]!.trim();
    const mixed = spec.includes('#PCDATA');
    let model: ElementDecl['model'];
    if (spec === 'EMPTY' || spec === 'ANY') model = spec;
    else if (mixed) {
      const names = spec.replace(/[()*\s]/g, '').split('|').filter((n) => n !== '#PCDATA');
      model = new RegExp(`^(?:${names.map((n) => `${n},`).join('|') || '(?!)'})*$`);
    } else {
      let re = '';
      for (const t of spec.match(/[\w.:-]+|[(),|?*+]/g) ?? []) {
        if (t === '(') re += '(?:';
        else if (t === ',') continue;
        else if (/^[)|?*+]$/.test(t)) re += t;
        else re += `(?:${t},)`;
      }
      model = new RegExp(`^${re}$`);
    }
    dtd.set(m[1]!, { model, mixed, attrs: new Map() });
  }
  for (const m of s.matchAll(/<!ATTLIST\s+([\w.:-]+)([^>]*)>/g)) {
    const el = dtd.get(m[1]!);
    if (!el) continue;
    for (const a of m[2]!.matchAll(/([\w.:-]+)\s+(CDATA|NMTOKEN|ID|\([^)]*\))\s+(#REQUIRED|#IMPLIED|#FIXED\s+"[^"]*"|"[^"]*")/g)) {
      const decl: AttrDecl = { name: a[1]!, required: a[3] === '#REQUIRED' };
      if (a[2]!.startsWith('(')) decl.values = a[2]!.slice(1, -1).split('|').map((v) => v.trim());
      if (a[3]!.startsWith('#FIXED')) decl.fixed = /"([^"]*)"/.exec(a[3]!)![1];
      el.attrs.set(decl.name, decl);
    }
  }
  return dtd;
}

/** The validity errors of `xml` against `dtd`, with the element and line. */
export function validateWithDtd(xml: string, dtd: Dtd, rootName: string): string[] {
  const errors: string[] = [];
  const { root } = parseXml(xml, 'doc.xml');
  if (root.name !== rootName) errors.push(`root is <${root.name}>, expected <${rootName}>`);
  const visit = (el: XmlElement): void => {
    const decl = dtd.get(el.name);
    if (!decl) {
      errors.push(`line ${el.line}: element <${el.name}> is not declared`);
      return;
    }
    for (const a of el.attrs) {
      if (a.name.startsWith('xmlns')) continue;
      const d = decl.attrs.get(a.name);
      if (!d) errors.push(`line ${el.line}: <${el.name}> has undeclared attribute ${a.name}`);
      else if (d.values && !d.values.includes(a.value)) errors.push(`line ${el.line}: ${a.name}="${a.value}" is not one of ${d.values.join('|')}`);
      else if (d.fixed !== undefined && d.fixed !== a.value) errors.push(`line ${el.line}: ${a.name} must be "${d.fixed}"`);
    }
    for (const d of decl.attrs.values()) {
      if (d.required && !el.attrs.some((a) => a.name === d.name)) errors.push(`line ${el.line}: <${el.name}> lacks required attribute ${d.name}`);
    }
    const kids = el.children.filter((c): c is XmlElement => typeof c !== 'string');
    const text = el.children.filter((c): c is string => typeof c === 'string').join('');
    if (decl.model === 'EMPTY' && el.children.length > 0) errors.push(`line ${el.line}: <${el.name}> must be empty`);
    else if (decl.model instanceof RegExp) {
      if (!decl.mixed && text.trim() !== '') errors.push(`line ${el.line}: <${el.name}> may not contain text`);
      const seq = kids.map((k) => `${k.name},`).join('');
      if (!decl.model.test(seq)) errors.push(`line ${el.line}: the content of <${el.name}> (${kids.map((k) => k.name).join(' ') || 'nothing'}) does not match its model`);
    }
    kids.forEach(visit);
  };
  visit(root);
  return errors;
}
