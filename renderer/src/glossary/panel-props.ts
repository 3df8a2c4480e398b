/** What every tab of the side panel gets from the workbench. */
import type { Dispatch } from 'react';
import type { GlossaryIndex } from '../../../app/core/glossary/index';
import type { Project } from '../../../app/core/project/model';
import type { EditorAction } from '../store';
import type { TargetEditor } from '../target-editor';

export interface PanelProps {
  project: Project;
  /** The active row's index. */
  active: number;
  index: GlossaryIndex;
  editor: TargetEditor | null;
  dispatch: Dispatch<EditorAction>;
  /** Makes a row active (and, with `edit`, puts the caret in its English). */
  onGo(index: number, edit: boolean): void;
}
