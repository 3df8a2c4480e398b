/** Errors a user can meet while reading or writing an exchange file. */

/** Where in a file something went wrong; every field is optional because not every error has all of them. */
export interface FormatPlace {
  /** The file name as the user gave it (or a label such as `export`). */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column, in characters. */
  column?: number;
  /** The unit (row) id concerned. */
  unit?: string;
}

/**
 * A problem with an exchange file: malformed or hostile XML, a wrong format or version, a limit exceeded. The
 * message already names the file and the place, so the CLI can print it as it is.
 */
export class FormatError extends Error {
  constructor(
    readonly reason: string,
    readonly place: FormatPlace = {},
    /** A short code the UI can translate (`malformed`, `too-large`, `too-deep`, `doctype`, `namespace`, `version`, `language`, `structure`). */
    readonly code: string = 'structure',
  ) {
    super(describe(reason, place));
    this.name = 'FormatError';
  }
}

function describe(reason: string, p: FormatPlace): string {
  let where = p.file ?? '';
  if (p.line !== undefined) where += `${where ? ':' : ''}line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''}`;
  if (p.unit !== undefined) where += `${where ? ': ' : ''}unit ${p.unit}`;
  return where ? `${where}: ${reason}` : reason;
}
