/**
 * "Compare with…": asks for a .qalam or XLIFF file, reads it through the host (nothing is opened in place of the
 * current project) and shows the compare view. The workbench mounts `view` and calls `start` from its command.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { OpenedProject } from '../../../app/contract/api';
import type { Project } from '../../../app/core/project/model';
import { api } from '../bridge';
import { CompareView } from './compare-view';

export interface CompareOptions {
  current: Project | null;
  onError(e: unknown): void;
  /** After the view closes (the workbench puts the focus back in the grid). */
  onClosed(): void;
}

export function useCompare(o: CompareOptions): { start: () => void; view: ReactNode } {
  const [other, setOther] = useState<OpenedProject | null>(null);
  const ref = useRef(o);
  ref.current = o;
  const start = useCallback(() => {
    if (!ref.current.current) return;
    void (async () => {
      try {
        const path = await api.pickFile({ purpose: 'compare' });
        if (path) setOther(await api.readProjectForCompare({ path }));
      } catch (e) {
        ref.current.onError(e);
      }
    })();
  }, []);
  const close = useCallback(() => {
    setOther(null);
    ref.current.onClosed();
  }, []);
  const view = other?.path && o.current ? <CompareView other={other.project} otherPath={other.path} current={o.current} onClose={close} /> : null;
  return { start, view };
}
