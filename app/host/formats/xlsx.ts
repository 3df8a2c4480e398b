/** The review table as an .xlsx file: the SpreadsheetML parts of `xlsxParts` in a zip container (fflate). */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Project } from '../../core/project/model';
import { XLSX_PARTS, xlsxParts } from '../../core/formats/index';

/** The .xlsx bytes of `project`'s review table. The zip's time stamps are the project's, so the bytes are reproducible. */
export function xlsxBytes(project: Project): Uint8Array {
  const parts = xlsxParts(project);
  const modified = Date.parse(project.modifiedAt);
  // Zip time stamps start in 1980; a project time before that (or none) is written as 1980-01-01.
  const mtime = Number.isFinite(modified) && modified >= Date.UTC(1980, 0, 2) ? new Date(modified) : new Date(Date.UTC(1980, 0, 2));
  const files: Zippable = {};
  for (const name of XLSX_PARTS) files[name] = [strToU8(parts[name]), { mtime }];
  return zipSync(files, { level: 6 });
}
