/** Remembers the window's size and position in settings, and keeps it on a visible screen. */
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import type { Settings } from '../app/contract/api';

export function initialBounds(saved: Settings['window']): Partial<Rectangle> & { width: number; height: number } {
  const fallback = { width: 1280, height: 820 };
  if (!saved) return fallback;
  const visible = screen.getAllDisplays().some((d) => {
    const a = d.workArea;
    return saved.x < a.x + a.width - 50 && saved.x + saved.width > a.x + 50 && saved.y >= a.y - 10 && saved.y < a.y + a.height - 50;
  });
  return visible ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : fallback;
}

export function currentBounds(win: BrowserWindow): NonNullable<Settings['window']> {
  const b = win.isMaximized() ? win.getNormalBounds() : win.getBounds();
  return { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
}
