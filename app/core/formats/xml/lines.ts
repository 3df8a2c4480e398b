/**
 * Line and column of offsets in a document whose line ends are already `\n`. Columns count characters (a
 * surrogate pair is one), as editors do. Offsets are asked for in increasing order while parsing, so the
 * tracker moves forward once through the text; an earlier offset (only for an error) starts again from the top.
 */
export class LineTracker {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  /** Surrogate pairs between lineStart and pos: each is two offsets but one column. */
  private pairs = 0;
  private nextNewline: number;

  constructor(
    private readonly text: string,
    /** Offset of the first surrogate pair, -1 if none: before it, columns are plain offsets. */
    private readonly firstAstral: number,
  ) {
    this.nextNewline = this.findNewline(0);
  }

  /** After `at`: the number of characters before the offset on its line. */
  before = 0;

  /** The 1-based line of `offset`; sets `before` (kept in a field, as this runs for every element). */
  at(offset: number): number {
    if (offset < this.pos) {
      this.pos = 0;
      this.line = 1;
      this.lineStart = 0;
      this.pairs = 0;
      this.nextNewline = this.findNewline(0);
    }
    while (this.nextNewline < offset) {
      this.line++;
      this.lineStart = this.pos = this.nextNewline + 1;
      this.pairs = 0;
      this.nextNewline = this.findNewline(this.lineStart);
    }
    if (this.firstAstral >= 0 && offset > this.firstAstral) {
      const { text } = this;
      for (let i = Math.max(this.pos, this.firstAstral); i < offset; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) this.pairs++;
      }
    }
    this.pos = offset;
    this.before = offset - this.lineStart - this.pairs;
    return this.line;
  }

  private findNewline(from: number): number {
    const i = this.text.indexOf('\n', from);
    return i < 0 ? Infinity : i;
  }
}
