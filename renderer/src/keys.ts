/**
 * The keyboard map, as data: one table drives the window's key handler, Monaco's commands (so the keys work while
 * typing too) and the Help → Keyboard shortcuts sheet. Keys follow the habits of desktop CAT tools.
 */
export type CommandName =
  | 'confirm-next'
  | 'next-unconfirmed'
  | 'prev-row'
  | 'next-row'
  | 'undo'
  | 'redo'
  | 'find'
  | 'replace'
  | 'edit'
  | 'leave'
  | 'merge'
  | 'split'
  | 'move-target-up'
  | 'move-target-down'
  | 'move-source-up'
  | 'move-source-down'
  | 'insert-row'
  | 'delete-row'
  | 'save'
  | 'save-as'
  | 'open-project'
  | 'new-project'
  | 'shortcuts'
  | 'toggle-low-score'
  | 'insert-term'
  | 'insert-match'
  | 'concordance'
  | 'realign'
  | 'toggle-review'
  | 'accept-row-changes'
  | 'reject-row-changes'
  | 'next-change'
  | 'prev-change';

export interface KeyBinding {
  command: CommandName;
  /** `Ctrl` means Ctrl on Windows/Linux and ⌘ on macOS. */
  keys: string;
  /** Also active while typing in the English editor. */
  inEditor: boolean;
  group: 'translate' | 'navigate' | 'align' | 'review' | 'find' | 'file';
}

export const KEYMAP: readonly KeyBinding[] = [
  { command: 'confirm-next', keys: 'Ctrl+Enter', inEditor: true, group: 'translate' },
  { command: 'next-unconfirmed', keys: 'Ctrl+Shift+Enter', inEditor: true, group: 'navigate' },
  { command: 'prev-row', keys: 'Ctrl+ArrowUp', inEditor: true, group: 'navigate' },
  { command: 'next-row', keys: 'Ctrl+ArrowDown', inEditor: true, group: 'navigate' },
  { command: 'edit', keys: 'F2', inEditor: false, group: 'translate' },
  { command: 'leave', keys: 'Escape', inEditor: true, group: 'translate' },
  { command: 'insert-term', keys: 'Ctrl+Alt+T', inEditor: true, group: 'translate' },
  { command: 'insert-match', keys: 'Ctrl+Alt+M', inEditor: true, group: 'translate' },
  { command: 'undo', keys: 'Ctrl+Z', inEditor: true, group: 'translate' },
  { command: 'redo', keys: 'Ctrl+Y', inEditor: true, group: 'translate' },
  { command: 'redo', keys: 'Ctrl+Shift+Z', inEditor: true, group: 'translate' },
  { command: 'merge', keys: 'Ctrl+J', inEditor: true, group: 'align' },
  { command: 'split', keys: 'Ctrl+T', inEditor: true, group: 'align' },
  { command: 'move-target-up', keys: 'Alt+ArrowUp', inEditor: true, group: 'align' },
  { command: 'move-target-down', keys: 'Alt+ArrowDown', inEditor: true, group: 'align' },
  { command: 'move-source-up', keys: 'Alt+Shift+ArrowUp', inEditor: true, group: 'align' },
  { command: 'move-source-down', keys: 'Alt+Shift+ArrowDown', inEditor: true, group: 'align' },
  { command: 'insert-row', keys: 'Alt+Insert', inEditor: true, group: 'align' },
  { command: 'delete-row', keys: 'Alt+Delete', inEditor: true, group: 'align' },
  { command: 'realign', keys: 'Ctrl+Alt+R', inEditor: true, group: 'align' },
  { command: 'toggle-low-score', keys: 'Ctrl+Alt+L', inEditor: true, group: 'align' },
  { command: 'toggle-review', keys: 'Ctrl+Alt+V', inEditor: true, group: 'review' },
  { command: 'next-change', keys: 'Ctrl+Alt+N', inEditor: true, group: 'review' },
  { command: 'prev-change', keys: 'Ctrl+Alt+P', inEditor: true, group: 'review' },
  { command: 'accept-row-changes', keys: 'Ctrl+Alt+A', inEditor: true, group: 'review' },
  { command: 'reject-row-changes', keys: 'Ctrl+Alt+X', inEditor: true, group: 'review' },
  { command: 'find', keys: 'Ctrl+F', inEditor: true, group: 'find' },
  { command: 'replace', keys: 'Ctrl+H', inEditor: true, group: 'find' },
  { command: 'concordance', keys: 'Ctrl+Alt+C', inEditor: true, group: 'find' },
  { command: 'save', keys: 'Ctrl+S', inEditor: true, group: 'file' },
  { command: 'save-as', keys: 'Ctrl+Shift+S', inEditor: true, group: 'file' },
  { command: 'open-project', keys: 'Ctrl+O', inEditor: true, group: 'file' },
  { command: 'new-project', keys: 'Ctrl+N', inEditor: true, group: 'file' },
  { command: 'shortcuts', keys: 'F1', inEditor: true, group: 'file' },
];

export interface ParsedKeys {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

export function parseKeys(keys: string): ParsedKeys {
  const parts = keys.split('+');
  const key = parts[parts.length - 1]!;
  return { ctrl: parts.includes('Ctrl'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

/** The command a keyboard event asks for, if any. */
export function commandFor(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): CommandName | null {
  for (const b of KEYMAP) {
    const p = parseKeys(b.keys);
    const keyMatches = p.key.length === 1 ? e.key.toUpperCase() === p.key || e.code === `Key${p.key}` : e.key === p.key;
    if (keyMatches && p.ctrl === (e.ctrlKey || e.metaKey) && p.shift === e.shiftKey && p.alt === e.altKey) return b.command;
  }
  return null;
}

/** How a key combination is shown to the user (⌘ on macOS). */
export function displayKeys(keys: string, mac = /Mac/.test(navigator.platform)): string {
  const names: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', Enter: 'Enter', Escape: 'Esc' };
  return keys
    .split('+')
    .map((k) => (k === 'Ctrl' && mac ? '⌘' : (names[k] ?? k)))
    .join('+');
}
