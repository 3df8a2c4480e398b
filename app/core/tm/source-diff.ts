/** The differences between a stored source and the current one, for highlighting in the match panel. */
import { diffArrays } from 'diff';
import type { Lang } from '../align/types';
import { wordTokens } from '../review/word-tokens';
import { matchForm } from './match-normalize';
import type { SourceDiffPart } from './types';

interface Piece {
  text: string;
  key: string;
}

function pieces(text: string, lang: Lang): Piece[] {
  // Spaces compare equal whatever their length; words and punctuation by their normalised form, so a
  // diacritic or alef variant is not shown as a change.
  return wordTokens(text, lang).map((t) => ({ text: t.text, key: t.kind === 'space' ? ' ' : matchForm(t.text, lang) }));
}

/**
 * Token diff (`diffArrays` over word, punctuation and space tokens) from the stored source to the current one.
 * Words equal after normalisation count as the same; the `same` pieces carry the current text.
 */
export function sourceDiff(stored: string, current: string, lang: Lang): SourceDiffPart[] {
  const out: SourceDiffPart[] = [];
  const changes = diffArrays(pieces(stored, lang), pieces(current, lang), { comparator: (a, b) => a.key === b.key });
  for (const c of changes) {
    const kind = c.added ? 'current' : c.removed ? 'stored' : 'same';
    const text = c.value.map((p) => p.text).join('');
    const last = out[out.length - 1];
    if (last?.kind === kind) last.text += text;
    else out.push({ kind, text });
  }
  return out;
}
