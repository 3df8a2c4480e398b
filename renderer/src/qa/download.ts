/** Saves text as a file the renderer's way: a Blob link with `download` (Chromium and Electron alike). */
export function downloadText(text: string, fileName: string, type: string): void {
  // A BOM lets spreadsheet programs read the CSV's Arabic as UTF-8.
  const body = type.startsWith('text/csv') ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on every system, from a project name. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'qalam';
}
