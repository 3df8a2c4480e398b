/** Export a project to every exchange format the workbench offers. */
import type { Project } from '../../core/project/model';
import { glossaryTermsFor, targetParagraphs, writeTable, writeTbx, writeText, writeTmx, writeXliff12, writeXliff2, FormatError } from '../../core/formats/index';
import type { TermMatch } from '../../core/formats/index';
import type { Row } from '../../core/project/model';
import { HostError } from '../errors';
import { docxBytes } from './docx';
import { xlsxBytes } from './xlsx';

export const EXPORT_FORMATS = ['xliff21', 'xliff20', 'xliff12', 'tmx', 'tmx-all', 'tbx', 'txt', 'docx', 'tsv', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Terms matched in a row for the XLIFF 2 glossary module; default: glossary terms written exactly in the source. */
  termsFor?: (row: Row) => readonly TermMatch[];
}

/** The file contents of `project` in `format`. Errors (e.g. broken inline codes) are HostErrors naming the unit. */
export async function exportProject(project: Project, format: ExportFormat, options: ExportOptions = {}): Promise<string | Uint8Array> {
  try {
    switch (format) {
      case 'xliff21':
      case 'xliff20':
        return writeXliff2(project, { version: format === 'xliff21' ? '2.1' : '2.0', termsFor: options.termsFor ?? glossaryTermsFor(project) });
      case 'xliff12':
        return writeXliff12(project);
      case 'tmx':
        return writeTmx(project, { rows: 'confirmed' });
      case 'tmx-all':
        return writeTmx(project, { rows: 'all' });
      case 'tbx':
        return writeTbx(project.glossary, { source: project.sourceLang, target: project.targetLang });
      case 'txt':
        return writeText(project);
      case 'docx':
        return docxBytes(targetParagraphs(project), project.name);
      case 'tsv':
      case 'csv':
        return writeTable(project, format);
      case 'xlsx':
        return xlsxBytes(project);
    }
  } catch (e) {
    if (e instanceof FormatError) throw new HostError(`${project.name}: ${e.message}`, undefined, e.code);
    throw e;
  }
}
