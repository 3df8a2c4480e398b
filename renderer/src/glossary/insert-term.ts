/** Putting a glossary translation into the English at the caret, as Insert buttons and Ctrl+Alt+T do. */
import type { GlossaryIndex } from '../../../app/core/glossary/index';
import { nextTermToInsert, rowTerms } from '../../../app/core/project/glossary-ops';
import type { Row } from '../../../app/core/project/model';
import type { TargetEditor, TermSuggestion } from '../target-editor';

/**
 * Inserts `text` at the caret (replacing a selection), adding a space on a side where it would otherwise run
 * into a word: "the|coalition" → "the ISIS coalition", not "theISIScoalition".
 */
export function insertTranslation(editor: TargetEditor, text: string): void {
  const model = editor.editor.getModel();
  const sel = editor.editor.getSelection();
  if (!model || !sel) return;
  const value = model.getValue();
  const start = model.getOffsetAt(sel.getStartPosition());
  const end = model.getOffsetAt(sel.getEndPosition());
  const before = value.slice(0, start);
  const after = value.slice(end);
  const joins = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  editor.insertAtCaret(`${joins(before.at(-1)) ? ' ' : ''}${text}${joins(after[0]) ? ' ' : ''}`);
}

/** Ctrl+Alt+T: the preferred translation of the row's first term not yet translated. False when there is none. */
export function insertNextTerm(index: GlossaryIndex, row: Row | undefined, editor: TargetEditor | null): boolean {
  if (!row || !editor) return false;
  const term = nextTermToInsert(index, row);
  if (!term) return false;
  insertTranslation(editor, term.entry.targets[0]!);
  return true;
}

/** The completions for a row: every allowed translation of its terms, untranslated terms first. */
export function termSuggestions(index: GlossaryIndex, row: Row | undefined): TermSuggestion[] {
  if (!row) return [];
  const terms = rowTerms(index, row).sort((a, b) => Number(a.translated) - Number(b.translated));
  return terms.flatMap((t) => t.entry.targets.map((text) => ({ text, term: t.entry.source, ...(t.entry.note ? { note: t.entry.note } : {}) })));
}
