/**
 * Exchange formats, pure: strings in, strings out. Readers take the decoded text and a file name (for
 * messages) and return a Project (or glossary entries); writers take a Project and return the file text.
 */
export { FormatError, type FormatPlace } from './errors';
export { parseXml, DEFAULT_XML_LIMITS, type XmlLimits, type XmlDocument } from './xml/parse';
export { writeXliff2, type Xliff2WriteOptions, type TermMatch } from './xliff2-write';
export { writeXliff12 } from './xliff12-write';
export { readXliff } from './xliff-read';
export { writeTmx, readTmx, tmxRows, type TmxWriteOptions } from './tmx';
export { writeTbx, readTbx } from './tbx';
export { writeTable, type TableFormat } from './table';
export { xlsxParts, XLSX_PARTS } from './xlsx';
export { writeText, targetParagraphs } from './document';
export { glossaryTermsFor } from './terms';
export { codeIssues, type CodeIssues } from './code-check';
export { codesFor, codeMarkup, type CodeDialect } from './code-convert';
export type { ReadOptions } from './read-common';
