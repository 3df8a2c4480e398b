/**
 * `qalam align SOURCE TARGET [--lines] [--glossary FILE] [--format tsv|spans|json]`: pairs the sentences of
 * an Arabic text and its English translation.
 *
 * - tsv (default): `srcIdx,srcIdx<TAB>tgtIdx,…<TAB>score`, 0-based segment indices, a side may be empty.
 * - spans: `start:end<TAB>start:end<TAB>score`, UTF-16 offsets into the text as read (BOM removed; for
 *   .docx and .html inputs, into their extracted text).
 * - json: an array of beads with indices, spans, texts and score.
 *
 * `--glossary FILE` (TSV/CSV, see glossary-file.ts) adds its terms as anchors: a sentence pair where a term
 * and one of its translations meet is more likely. Rows the glossary reader skips are reported as warnings.
 */
import { CliError, choice, parseArgs, type Command } from '../command';
import { segment, segmentLines } from '../../core/text/segment';
import { readInput } from './segment';
import { align } from '../../core/align/align';
import type { Bead, Sentence } from '../../core/align/types';
import type { AnchorExtractor } from '../../core/align/anchors';
import { glossaryAnchors } from '../../core/align/glossary-anchors';
import { GlossaryIndex } from '../../core/glossary/index';
import { loadGlossaryFile } from '../glossary-file';

type Format = 'tsv' | 'spans' | 'json';

/** The `qalam align` sub-command. */
export const alignCommand: Command = {
  name: 'align',
  usage: 'align SOURCE TARGET [--lines] [--glossary FILE] [--format tsv|spans|json]   pair Arabic and English sentences',
  async run(args, io) {
    const { positional, flags } = parseArgs(args, ['lines', 'glossary', 'format'], ['lines']);
    const format = choice<Format>(flags, 'format', ['tsv', 'spans', 'json'], 'tsv');
    if (positional.length !== 2) throw new CliError(`expected SOURCE and TARGET files, got ${positional.length} file(s)`);
    const glossary = flags.get('glossary');
    const [sourceText, targetText] = await Promise.all([readInput(positional[0]!), readInput(positional[1]!)]);
    const anchors: AnchorExtractor[] = [];
    if (typeof glossary === 'string') {
      const { entries, problems } = await loadGlossaryFile(glossary);
      for (const p of problems) io.err(`qalam align: warning: ${glossary}:${p.line}: ${p.message}\n`);
      anchors.push(glossaryAnchors(new GlossaryIndex(entries)));
    }
    const cut = (text: string, lang: 'ar' | 'en'): Sentence[] => (flags.has('lines') ? segmentLines(text) : segment(text, lang));
    const source = cut(sourceText, 'ar');
    const target = cut(targetText, 'en');
    const beads = align(source, target, { sourceLang: 'ar', targetLang: 'en', anchors });
    io.out(render(beads, source, target, sourceText, targetText, format));
    return 0;
  },
};

function span(sentences: Sentence[], idx: number[]): [number, number] | null {
  if (idx.length === 0) return null;
  return [sentences[idx[0]!]!.start, sentences[idx[idx.length - 1]!]!.end];
}

/** Writes beads in one of the three output formats. */
export function render(beads: Bead[], source: Sentence[], target: Sentence[], sourceText: string, targetText: string, format: Format): string {
  if (format === 'tsv') return beads.map((b) => `${b.source.join(',')}\t${b.target.join(',')}\t${b.score}\n`).join('');
  if (format === 'spans') {
    const fmt = (s: [number, number] | null): string => (s ? `${s[0]}:${s[1]}` : '');
    return beads.map((b) => `${fmt(span(source, b.source))}\t${fmt(span(target, b.target))}\t${b.score}\n`).join('');
  }
  const rows = beads.map((b) => {
    const ss = span(source, b.source);
    const ts = span(target, b.target);
    return JSON.stringify({
      source: b.source,
      target: b.target,
      sourceSpan: ss,
      targetSpan: ts,
      sourceText: ss ? sourceText.slice(ss[0], ss[1]) : '',
      targetText: ts ? targetText.slice(ts[0], ts[1]) : '',
      score: b.score,
    });
  });
  return `[\n${rows.join(',\n')}\n]\n`;
}
