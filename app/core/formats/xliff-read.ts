/** Reads an XLIFF file of either generation, after checking it is XLIFF at all. */
import type { Project } from '../project/model';
import { FormatError } from './errors';
import { NS } from './namespaces';
import type { ReadOptions } from './read-common';
import { xliff12Reader } from './xliff12-read';
import { xliff2Reader } from './xliff2-read';
import { parseXml, type XmlLimits } from './xml/parse';
import { attr } from './xml/tree';

/** Parses XLIFF 1.2 or 2.x text into a project. Errors are FormatErrors naming the file and place. */
export function readXliff(text: string, options: ReadOptions & { limits?: XmlLimits }): Project {
  const v2 = xliff2Reader(options);
  const v12 = xliff12Reader(options);
  // Units are read as they close, by the reader of the root's namespace; the rest of the tree afterwards.
  const { root } = parseXml(text, options.file, options.limits, (el, anc) => {
    const r = anc[0]!;
    if (r.local !== 'xliff') return false;
    return r.uri === NS.xliff2 ? v2.onClose(el, anc) : r.uri === NS.xliff12 ? v12.onClose(el, anc) : false;
  });
  const where = { file: options.file, line: root.line, column: root.column };
  if (root.local !== 'xliff') throw new FormatError(`not an XLIFF file (the root element is <${root.name}>)`, where, 'structure');
  if (root.uri === NS.xliff2) return v2.finish(root);
  if (root.uri === NS.xliff12) return v12.finish(root);
  const version = attr(root, 'version');
  throw new FormatError(
    `wrong XLIFF namespace ${root.uri === '' ? '(none)' : `"${root.uri}"`}` + (version ? ` for version ${version}` : '') + `; expected ${NS.xliff2} or ${NS.xliff12}`,
    where,
    'namespace',
  );
}
