/**
 * Glossary terms as anchors: a term found in an Arabic sentence (`matchSource`) and one of its allowed
 * translations found in an English sentence (`matchTarget`) give both the key `term:<entryId>`. This is the
 * aligner's dictionary; forbidden translations are not evidence of a pair and are left out.
 */
import type { AnchorExtractor } from './anchors';

/** The part of `GlossaryIndex` (core/glossary) the aligner needs. */
export interface TermMatcher {
  matchSource(text: string): { entryId: string }[];
  matchTarget(text: string): { entryId: string; forbidden: boolean }[];
}

/** An anchor extractor giving `term:<entryId>` for glossary terms (Arabic) and their allowed translations (English). */
export function glossaryAnchors(index: TermMatcher): AnchorExtractor {
  return (text, lang) =>
    lang === 'ar'
      ? index.matchSource(text).map((m) => `term:${m.entryId}`)
      : index.matchTarget(text).flatMap((m) => (m.forbidden ? [] : [`term:${m.entryId}`]));
}
