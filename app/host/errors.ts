/** Errors a user can meet in the host: a message that names the file and the place. */
export class HostError extends Error {
  constructor(
    message: string,
    /** The file concerned, as the user named it. */
    readonly file?: string,
    /** A short code the UI can translate (e.g. `not-found`, `not-utf8`, `empty`, `damaged`, `newer-version`). */
    readonly code: string = 'error',
  ) {
    super(message);
    this.name = 'HostError';
  }
}
