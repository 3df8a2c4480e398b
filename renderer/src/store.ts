/**
 * The editor's state: the open project, its one undo history, the active row and what has been saved. Every
 * change goes through `apply` with a Change from app/core/project/ops, so undo covers text and alignment alike.
 */
import { useCallback, useRef, useState, type Dispatch } from 'react';
import type { Project } from '../../app/core/project/model';
import { commit, emptyHistory, redo, seal, undo, type Applied, type Change, type History } from '../../app/core/project/history';

export interface EditorState {
  path: string | null;
  project: Project | null;
  history: History;
  active: number;
  /** The history revision last written to disk (dirty when it differs). */
  savedRevision: number;
  savedAt: string | null;
  /** The history revision last autosaved. */
  autosavedRevision: number;
}

export type EditorAction =
  | { type: 'open'; path: string | null; project: Project; dirty?: boolean }
  | { type: 'apply'; change: Change | null }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'seal' }
  | { type: 'activate'; index: number }
  | { type: 'saved'; path: string; savedAt: string; revision: number }
  | { type: 'autosaved'; revision: number }
  | { type: 'rename'; name: string };

export const initialEditorState: EditorState = {
  path: null,
  project: null,
  history: emptyHistory(),
  active: 0,
  savedRevision: 0,
  savedAt: null,
  autosavedRevision: 0,
};

/** Glossary/QA: a step that replaced the glossary or the QA ignores carries the lists to keep. */
function withLists(p: Project, r: Pick<Applied, 'glossary' | 'qaIgnores'>): Project {
  return { ...p, ...(r.glossary ? { glossary: r.glossary } : {}), ...(r.qaIgnores ? { qaIgnores: r.qaIgnores } : {}) };
}

function clamp(i: number, n: number): number {
  return Math.max(0, Math.min(i, n - 1));
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const project = state.project;
  switch (action.type) {
    case 'open':
      return { ...initialEditorState, path: action.path, project: action.project, savedRevision: action.dirty ? -1 : 0 };
    case 'activate': {
      if (!project || action.index === state.active) return state;
      // Moving to another row ends the typing step of the row we leave.
      return { ...state, history: seal(state.history), active: clamp(action.index, project.rows.length) };
    }
    case 'apply': {
      if (!project || !action.change) return state;
      const r = commit(project.rows, state.history, action.change);
      return { ...state, project: withLists({ ...project, rows: r.rows }, r), history: r.history, active: clamp(r.focus, r.rows.length) };
    }
    case 'undo':
    case 'redo': {
      if (!project) return state;
      const r = (action.type === 'undo' ? undo : redo)(project.rows, seal(state.history));
      if (!r) return state;
      return { ...state, project: withLists({ ...project, rows: r.rows }, r), history: r.history, active: clamp(r.focus, r.rows.length) };
    }
    case 'seal':
      return { ...state, history: seal(state.history) };
    case 'saved':
      // Undo survives a save: the history is kept, only the saved marker moves.
      return { ...state, path: action.path, savedAt: action.savedAt, savedRevision: action.revision, history: seal(state.history) };
    case 'autosaved':
      return { ...state, autosavedRevision: action.revision };
    case 'rename':
      return project ? { ...state, project: { ...project, name: action.name } } : state;
  }
}

export function isDirty(s: EditorState): boolean {
  return s.project !== null && s.history.revision !== s.savedRevision;
}

/**
 * The editor store. Besides React's state it keeps the latest state in a ref that every dispatch updates at once,
 * so a command that follows a keystroke in the same tick (typing then Ctrl+Enter) works on the text as typed, not
 * on the last render's copy, and never writes an older row over a newer one.
 */
export function useEditor(): [EditorState, Dispatch<EditorAction>, () => EditorState] {
  const [state, setState] = useState(initialEditorState);
  const latest = useRef(initialEditorState);
  const dispatch = useCallback((action: EditorAction) => {
    latest.current = editorReducer(latest.current, action);
    setState(latest.current);
  }, []);
  const getState = useCallback(() => latest.current, []);
  return [state, dispatch, getState];
}
