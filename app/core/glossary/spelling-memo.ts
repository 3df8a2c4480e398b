/**
 * A memory of what was worked out for each spelling of a word, looked up by the word's place in its text:
 * no substring is cut out unless the spelling is new. Words recur (Zipf), so matching a document mostly
 * finds spellings it has seen; a Map keyed by strings would need each word cut out first, and that
 * garbage and the Map's scattered entries are what matching a large document spent most of its time on.
 *
 * Open addressing over 32-bit FNV-1a hashes of the UTF-16 code units, at most half full; cleared when it
 * holds `limit` spellings, so memory stays bounded on any document.
 */

/** A remembered value knows the spelling it was made for. */
export interface Spelled {
  readonly spelling: string;
}

export class SpellingMemo<V extends Spelled> {
  private hashes: Int32Array;
  private values: (V | undefined)[];
  private mask: number;
  private count = 0;

  /** `make` works out the value of a spelling not seen before. */
  constructor(
    private readonly make: (spelling: string) => V,
    private readonly limit: number,
    private readonly initialCapacity = 1024,
  ) {
    this.hashes = new Int32Array(initialCapacity);
    this.values = new Array<V | undefined>(initialCapacity).fill(undefined);
    this.mask = initialCapacity - 1;
  }

  /** How many spellings are remembered. */
  get size(): number {
    return this.count;
  }

  /** The value for the spelling `text[start, end)`, made and remembered if it is new. */
  get(text: string, start: number, end: number): V {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = h | 0 || 1; // 0 marks an empty slot
    let at = h & this.mask;
    for (let stored = this.hashes[at]!; stored !== 0; stored = this.hashes[at]!) {
      if (stored === h) {
        const v = this.values[at]!;
        if (spells(v.spelling, text, start, end)) return v;
      }
      at = (at + 1) & this.mask;
    }
    const v = this.make(text.slice(start, end));
    if (this.count >= this.limit) this.reset(this.initialCapacity);
    else if ((this.count + 1) * 2 > this.hashes.length) this.reset(this.hashes.length * 2, true);
    else {
      this.put(at, h, v);
      return v;
    }
    this.put(this.free(h), h, v);
    return v;
  }

  private put(at: number, h: number, v: V): void {
    this.hashes[at] = h;
    this.values[at] = v;
    this.count++;
  }

  /** The first empty slot on `h`'s probe path. */
  private free(h: number): number {
    let at = h & this.mask;
    while (this.hashes[at] !== 0) at = (at + 1) & this.mask;
    return at;
  }

  /** Empties the table at a new capacity, keeping what it held when `keep` is set. */
  private reset(capacity: number, keep = false): void {
    const { hashes, values } = this;
    this.hashes = new Int32Array(capacity);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    this.count = 0;
    if (!keep) return;
    for (let k = 0; k < hashes.length; k++) if (hashes[k] !== 0) this.put(this.free(hashes[k]!), hashes[k]!, values[k]!);
  }
}

/** True when `spelling` is `text[start, end)`. */
function spells(spelling: string, text: string, start: number, end: number): boolean {
  if (spelling.length !== end - start) return false;
  for (let i = 0; i < spelling.length; i++) if (spelling.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
