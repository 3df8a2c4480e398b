/** Reads an XLIFF file of either generation, after checking it is XLIFF at all. */
import type { Project } from '../project/model';
import { FormatError } from './errors';
import { NS } from './namespaces';
import type { ReadOptions } from './read-common';
import { readXliff12 } from './xliff12-read';
import { readXliff2 } from './xliff2-read';
import { parseXml, type XmlLimits } from './xml/parse';
import { attr } from './xml/tree';

/** Parses XLIFF 1.2 or 2.x text into a project. Errors are FormatErrors naming the file and place. */
export function readXliff(text: string, options: ReadOptions & { limits?: XmlLimits }): Project {
  const { root } = parseXml(text, options.file, options.limits);
  const where = { file: options.file, line: root.line, column: root.column };
  if (root.local !== 'xliff') throw new FormatError(`not an XLIFF file (the root element is <${root.name}>)`, where, 'structure');
  if (root.uri === NS.xliff2) return readXliff2(root, options);
  if (root.uri === NS.xliff12) return readXliff12(root, options);
  const version = attr(root, 'version');
  throw new FormatError(
    `wrong XLIFF namespace ${root.uri === '' ? '(none)' : `"${root.uri}"`}` + (version ? ` for version ${version}` : '') + `; expected ${NS.xliff2} or ${NS.xliff12}`,
    where,
    'namespace',
  );
}
