/**
 * The translator's commands over the editor state: confirming, moving between rows, fixing the alignment, undo.
 * Kept apart from the views so the keyboard, the toolbar, the menu and Monaco all run the same code.
 */
import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import type { Row } from '../../app/core/project/model';
import { deleteEmptyRow, editTarget, insertRowAfter, mergeWithNext, moveSentence, setState, splitRow, type SplitPoint } from '../../app/core/project/ops';
import type { Change } from '../../app/core/project/history';
import { realignFrom } from '../../app/core/project/realign';
import type { EditorAction, EditorState } from './store';
import type { TargetEditor } from './target-editor';
import { sourceCaretIn, forgetSourceCaret } from './source-caret';
import type { CommandName } from './keys';
import { api } from './bridge';
import { decideRowIn } from '../../app/core/review/review-ops';
import { nextChanged } from './review/review-state';

/** The source sentence boundary whose share of the Arabic is closest to the caret's share of the English. */
export function proportionalBoundary(row: Row, targetCaret: number): number {
  const total = row.source.reduce((n, s) => n + s.length, 0);
  const want = row.target.length ? targetCaret / row.target.length : 0.5;
  let best = 1;
  let bestDiff = Infinity;
  let acc = 0;
  for (let k = 1; k < row.source.length; k++) {
    acc += row.source[k - 1]!.length;
    const d = Math.abs(acc / total - want);
    if (d < bestDiff) {
      bestDiff = d;
      best = k;
    }
  }
  return best;
}

export interface WorkbenchOptions {
  state: EditorState;
  /** The latest state, including dispatches not yet rendered. */
  getState: () => EditorState;
  dispatch: Dispatch<EditorAction>;
  editor: TargetEditor | null;
  order: number[];
  userName: string;
  /** Review mode: confirming marks rows `reviewed`, and the review keys are live. */
  reviewMode?: boolean;
  /** Sentence splitter for English targets (moving a sentence to the next row). */
  splitEnglish?: (text: string) => string[];
  focusGrid: () => void;
}

export function useWorkbench(o: WorkbenchOptions) {
  const ref = useRef(o);
  useEffect(() => {
    ref.current = o;
  });

  const rows = (): Row[] => ref.current.getState().project?.rows ?? [];

  const go = useCallback((index: number, edit: boolean) => {
    const { dispatch, editor } = ref.current;
    dispatch({ type: 'activate', index });
    if (edit) requestAnimationFrame(() => editor?.focus());
  }, []);

  const step = useCallback(
    (delta: number) => {
      const { order, getState } = ref.current;
      const state = getState();
      const p = order.indexOf(state.active);
      const next = order[Math.max(0, Math.min(order.length - 1, (p < 0 ? 0 : p) + delta))];
      if (next !== undefined) go(next, ref.current.editor?.hasFocus() ?? false);
    },
    [go],
  );

  // The next row still to do: unconfirmed when translating, not yet reviewed (or signed off) when reviewing.
  const nextUnconfirmed = useCallback((from: number): number | null => {
    const { order, reviewMode } = ref.current;
    const todo = reviewMode ? (r: Row) => r.state === 'initial' || r.state === 'translated' : (r: Row) => r.state === 'initial';
    const rs = rows();
    const p = order.indexOf(from);
    for (let k = 1; k <= order.length; k++) {
      const i = order[(p + k) % order.length]!;
      if (rs[i] && todo(rs[i]!)) return i;
    }
    return null;
  }, []);

  const run = useCallback(
    (command: CommandName): boolean => {
      const { getState, dispatch, editor, userName, reviewMode } = ref.current;
      const state = getState();
      const rs = rows();
      const a = state.active;
      const apply = (change: Change | null): void => dispatch({ type: 'apply', change });
      switch (command) {
        case 'confirm-next': {
          if (!rs[a]) return false;
          const user = userName || (reviewMode ? 'reviewer' : 'translator');
          const current = rs[a]!.state;
          // A reviewer confirms as reviewed (a final sign-off stays final); a translator keeps a row's state, or
          // moves an unconfirmed one to translated.
          const next = reviewMode ? (current === 'final' ? 'final' : 'reviewed') : current === 'initial' ? 'translated' : current;
          const confirm = setState(rs, a, next, { user, date: new Date().toISOString() });
          apply(confirm);
          const confirmed = confirm?.splices[0]?.inserted[0];
          const project = state.project;
          if (confirmed && project && confirmed.target.trim()) {
            // Into the translation memory, with its neighbours for in-context matches (not the whole project).
            const rows = [rs[a - 1], confirmed, rs[a + 1]].filter((r): r is Row => r !== undefined);
            const mini = { ...project, version: 1 as const, rows, glossary: [], qaIgnores: [] };
            void api.tmAddConfirmedRow({ project: mini, rowIndex: a > 0 ? 1 : 0, user }).catch(() => undefined);
          }
          const n = nextUnconfirmed(a);
          if (n !== null) go(n, true);
          return true;
        }
        case 'next-unconfirmed': {
          const n = nextUnconfirmed(a);
          if (n !== null) go(n, true);
          return true;
        }
        case 'prev-row':
          step(-1);
          return true;
        case 'next-row':
          step(1);
          return true;
        case 'undo':
          dispatch({ type: 'undo' });
          return true;
        case 'redo':
          dispatch({ type: 'redo' });
          return true;
        case 'edit':
          editor?.focus();
          return true;
        case 'leave':
          dispatch({ type: 'seal' });
          ref.current.focusGrid();
          return true;
        case 'merge':
          apply(mergeWithNext(rs, a));
          return true;
        case 'split': {
          const row = rs[a];
          if (!row) return false;
          const caret = sourceCaretIn(a);
          const target = editor ? editor.caretOffset() : row.target.length;
          const at: SplitPoint = { target };
          if (caret) at.source = { sentence: caret.sentence, offset: caret.offset };
          else if (row.source.length > 1) at.source = { sentence: proportionalBoundary(row, target), offset: 0 };
          forgetSourceCaret();
          apply(splitRow(rs, a, at));
          return true;
        }
        case 'move-target-up':
          apply(moveSentence(rs, a, 'target', 'up', ref.current.splitEnglish));
          return true;
        case 'move-target-down':
          apply(moveSentence(rs, a, 'target', 'down', ref.current.splitEnglish));
          return true;
        case 'move-source-up':
          apply(moveSentence(rs, a, 'source', 'up'));
          return true;
        case 'move-source-down':
          apply(moveSentence(rs, a, 'source', 'down'));
          return true;
        case 'insert-row':
          apply(insertRowAfter(rs, a));
          return true;
        case 'delete-row':
          apply(deleteEmptyRow(rs, a));
          return true;
        case 'realign':
          apply(realignFrom(rs, a));
          return true;
        case 'accept-row-changes':
        case 'reject-row-changes':
          if (reviewMode) apply(decideRowIn(rs, a, command === 'accept-row-changes' ? 'accept' : 'reject'));
          return true;
        case 'next-change':
        case 'prev-change': {
          const n = nextChanged(rs, ref.current.order, a, command === 'next-change' ? 1 : -1);
          if (n !== null) go(n, false);
          return true;
        }
        default:
          return false;
      }
    },
    [go, step, nextUnconfirmed],
  );

  const onEditorChange = useCallback((text: string) => {
    const { getState, dispatch } = ref.current;
    const state = getState();
    dispatch({ type: 'apply', change: editTarget(state.project?.rows ?? [], state.active, text) });
  }, []);

  return { run, go, onEditorChange };
}
