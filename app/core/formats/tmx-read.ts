/** TMX 1.4 reader: translation units in the expected language pair become rows. */
import type { Note, Project, Row, SegmentState } from '../project/model';
import { FormatError } from './errors';
import { CodeTable, type InlineSpec } from './inline';
import { splitSource } from './paragraphs';
import { checkLanguages, foreignProject, primary, type ReadOptions, STATES } from './read-common';
import { parseXml, type XmlLimits } from './xml/parse';
import { attr, child, elements, textOf, XML_NS, type XmlElement } from './xml/tree';

/** Reads TMX text into a project; units without both languages are skipped. Units are read as they close. */
export function readTmx(text: string, options: ReadOptions & { limits?: XmlLimits }): Project {
  const want = options.languages ?? { source: 'ar', target: 'en' };
  const rows: Row[] = [];
  let n = 0;
  let own: boolean | undefined;
  let targetLang: string | undefined;
  const spec = tmxSpec();
  const { root } = parseXml(text, options.file, options.limits, (el, anc) => {
    if (el.local !== 'tu' || anc.length !== 2 || anc[1]!.local !== 'body' || anc[0]!.local !== 'tmx') return false;
    if (own === undefined) own = checkHeader(anc[0]!, options).own;
    n++;
    const tuvs = elements(el, 'tuv');
    const lang = (t: XmlElement): string => primary(attr(t, 'lang', XML_NS) ?? attr(t, 'lang') ?? '');
    const s = tuvs.find((t) => lang(t) === want.source);
    const t = tuvs.find((t) => lang(t) === want.target);
    if (!s || !t) return true;
    targetLang ??= attr(t, 'lang', XML_NS) ?? attr(t, 'lang');
    rows.push(readTu(el, s, t, n, own, spec, options));
    return true;
  });
  const { header } = checkHeader(root, options);
  const srclang = attr(header, 'srclang');
  const project = foreignProject(options, srclang && srclang !== '*all*' ? srclang : want.source, targetLang ?? want.target);
  for (const p of elements(header, 'prop')) {
    if (attr(p, 'type') === 'x-qalam-project') project.id = textOf(p);
    if (attr(p, 'type') === 'x-qalam-name') project.name = textOf(p);
  }
  project.rows = rows;
  return project;
}

/** Checks root, version and header languages; says whether Qalam wrote the file. */
function checkHeader(root: XmlElement, options: ReadOptions): { header: XmlElement; own: boolean } {
  const where = { file: options.file, line: root.line, column: root.column };
  if (root.local !== 'tmx') throw new FormatError(`not a TMX file (the root element is <${root.name}>)`, where, 'structure');
  if (root.uri !== '') throw new FormatError(`wrong namespace "${root.uri}" for TMX (TMX has none)`, where, 'namespace');
  const version = attr(root, 'version');
  if (version !== '1.4' && version !== '1.3') throw new FormatError(`unsupported TMX version ${version ?? '(none)'}; expected 1.4`, where, 'version');
  const header = child(root, 'header');
  if (!header) throw new FormatError('the TMX file has no <header>', where, 'structure');
  const srclang = attr(header, 'srclang');
  if (srclang !== undefined && srclang !== '*all*') checkLanguages(srclang, undefined, header, options);
  return { header, own: elements(header, 'prop').some((p) => attr(p, 'type') === 'x-qalam-project') };
}

function readTu(tu: XmlElement, s: XmlElement, t: XmlElement, n: number, own: boolean, spec: TmxSpec, options: ReadOptions): Row {
  const props = new Map<string, string>();
  const notes: Note[] = [];
  for (const c of elements(tu)) {
    if (c.local === 'prop') props.set(attr(c, 'type') ?? '', textOf(c));
    else if (c.local === 'note') notes.push({ text: textOf(c) });
  }
  const codes = new CodeTable();
  spec.startUnit();
  const sourceText = codes.read(segOf(s, options), spec, 'source');
  const target = codes.read(segOf(t, options), spec, 'target');
  const state = props.get('x-qalam-state') as SegmentState | undefined;
  const score = props.get('x-qalam-score');
  const row: Row = {
    id: attr(tu, 'tuid') ?? `tu${n}`,
    source: splitSource(sourceText, props.get('x-qalam-sentences')),
    target,
    state: state && STATES.includes(state) ? state : own ? 'translated' : 'final',
    score: score === undefined ? null : Number(score),
    paragraph: props.has('x-qalam-paragraph') ? Number(props.get('x-qalam-paragraph')) : n - 1,
  };
  if (notes.length > 0) row.notes = notes;
  if (codes.codes.length > 0) row.codes = codes.codes;
  return row;
}

function segOf(tuv: XmlElement, options: ReadOptions): XmlElement {
  const seg = child(tuv, 'seg');
  if (!seg) throw new FormatError('a <tuv> has no <seg>', { file: options.file, line: tuv.line, column: tuv.column }, 'structure');
  return seg;
}

type TmxSpec = InlineSpec & { startUnit(): void };

/**
 * Inline elements of TMX: the native code inside bpt/ept/ph/it/ut is what the code stands for. `startUnit`
 * forgets the `i` → `x` pairing of the previous unit (one spec serves a whole file).
 */
function tmxSpec(): TmxSpec {
  const idOfI = new Map<string, string>();
  return {
    startUnit: () => {
      if (idOfI.size > 0) idOfI.clear();
    },
    ns: '',
    paired: new Set(['hi']),
    kindOf: (el) => {
      if (el.local === 'bpt') return 'open';
      if (el.local === 'ept') return 'close';
      if (el.local === 'it') return attr(el, 'pos') === 'begin' ? 'open' : 'close';
      return 'standalone';
    },
    idOf: (el) => {
      const i = attr(el, 'i');
      if (el.local === 'bpt') {
        const id = attr(el, 'x') ?? i ?? '';
        if (i !== undefined) idOfI.set(i, id);
        return id;
      }
      if (el.local === 'ept') return idOfI.get(i ?? '') ?? i ?? '';
      return attr(el, 'x') ?? '';
    },
    originalOf: (el) => textOf(el),
  };
}
