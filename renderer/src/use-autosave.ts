/**
 * Autosave: a few seconds after the last change and whenever the window loses focus, the project is written to
 * the app-data recovery file (atomically, by the host). A save to the real file discards it; on the next start a
 * leftover autosave means unsaved work, and the app offers to restore it.
 */
import { useEffect, useRef, type Dispatch } from 'react';
import { api } from './bridge';
import { isDirty, type EditorAction, type EditorState } from './store';

export function useAutosave(state: EditorState, dispatch: Dispatch<EditorAction>, seconds: number, onError: (e: unknown) => void): void {
  const ref = useRef(state);
  ref.current = state;
  const busy = useRef(false);

  const autosave = useRef(async (): Promise<void> => {
    const s = ref.current;
    if (!s.project || !isDirty(s) || s.autosavedRevision === s.history.revision || busy.current) return;
    busy.current = true;
    try {
      await api.autosave({ path: s.path, project: s.project });
      dispatch({ type: 'autosaved', revision: s.history.revision });
    } catch (e) {
      onError(e);
    } finally {
      busy.current = false;
    }
  });

  useEffect(() => {
    if (!isDirty(state)) return;
    const timer = setTimeout(() => void autosave.current(), seconds * 1000);
    return () => clearTimeout(timer);
  }, [state.history.revision, seconds, state]);

  useEffect(() => {
    const onBlur = (): void => void autosave.current();
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') void autosave.current();
    };
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);
}
