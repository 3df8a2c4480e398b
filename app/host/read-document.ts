/** Reads a document a translator brings to a new project: plain text, Word (.docx) or HTML, as paragraphs of text. */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { HostError } from './errors';
import { readTextFile } from './read-text';

/** Turns HTML into text with one blank line between block elements. Entities are decoded; scripts and styles dropped. */
export function htmlToText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|blockquote|section|article|header|footer|title)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return named[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function readDocument(file: string): Promise<{ name: string; text: string }> {
  const ext = extname(file).toLowerCase();
  const name = basename(file);
  if (ext === '.docx') {
    const mammoth = await import('mammoth');
    let buffer: Buffer;
    try {
      buffer = await readFile(file);
    } catch {
      throw new HostError(`${file}: no such file or it cannot be read`, file, 'not-found');
    }
    let value: string;
    try {
      ({ value } = await mammoth.extractRawText({ buffer }));
    } catch (e) {
      throw new HostError(`${file}: not a readable Word document (${e instanceof Error ? e.message : String(e)})`, file, 'damaged');
    }
    const text = value.replace(/\n{3,}/g, '\n\n').trim();
    if (!text) throw new HostError(`${file}: the document has no text`, file, 'empty');
    return { name, text };
  }
  const text = await readTextFile(file);
  if (ext === '.html' || ext === '.htm') {
    const plain = htmlToText(text);
    if (!plain) throw new HostError(`${file}: the page has no text`, file, 'empty');
    return { name, text: plain };
  }
  return { name, text: text.replace(/\r\n?/g, '\n') };
}
