/** The types the segmenter and the aligner share with the rest of the app. */

export type Lang = 'ar' | 'en';

/** One sentence cut from a text, with its place in that text. */
export interface Sentence {
  text: string;
  /** Offset of the first UTF-16 code unit in the original text. */
  start: number;
  /** Offset just past the last code unit (exclusive). */
  end: number;
  /** 0-based index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
}

/** One alignment bead: source sentence indices, target sentence indices (both ascending, contiguous) and a confidence. */
export interface Bead {
  source: number[];
  target: number[];
  /** Confidence in [0,1]: low means "a translator should look at this pair". */
  score: number;
}
