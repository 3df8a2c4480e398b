/** Messages between the editor and the spelling worker. */
import type { WordSpan } from './words';

export type SpellLanguage = 'en-GB' | 'en-US';

export type SpellRequest =
  | { type: 'check'; id: number; language: SpellLanguage; text: string }
  | { type: 'suggest'; id: number; language: SpellLanguage; word: string };

export type SpellReply =
  | { type: 'checked'; id: number; misses: WordSpan[] }
  | { type: 'suggested'; id: number; suggestions: string[] }
  | { type: 'failed'; id: number; message: string };
