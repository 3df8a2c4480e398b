/**
 * `qalam tm add PROJECT.qalam|FILE.tmx [--tm PATH]` and `qalam tm lookup "TEXT" [--tm PATH] [--min 70]
 * [--limit 10] [--format tsv|json]`, plus `qalam tm align SOURCE TARGET` (align two documents into the TM) and
 * `qalam tm concordance "PHRASE"` (how a phrase was translated before).
 *
 * lookup prints the best matches first, one per line: `score<TAB>source<TAB>target` (score 0–101); with
 * `--format json`, one JSON array of {score, kind, source, target, origin, from, changed, sourceDiff}.
 */
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import { CliError, choice, parseArgs, type CliIo, type Command } from '../command';
import { unitsFromProject, unitsFromTmx } from '../../core/tm/units-from';
import { importFile } from '../../host/formats/import';
import type { TmMatch } from '../../core/tm/types';
import { TmStore } from '../../host/tm/tm-store';
import { defaultTmPath } from '../../host/tm/tm-path';
import { readProjectForTm } from '../../host/tm/read-project';
import { alignedUnits, defaultAlignTools, DEFAULT_ALIGN_CONFIDENCE } from '../../host/tm/tm-service';
import { readTextFile } from '../../host/read-text';

const USAGE =
  'tm add PROJECT.qalam|FILE.tmx [--tm PATH] | tm align SOURCE TARGET [--tm PATH] [--min-confidence 0.5] | ' +
  'tm lookup "TEXT" [--tm PATH] [--min 70] [--limit 10] [--format tsv|json] | tm concordance "PHRASE" [--tm PATH] [--target]';

/** One field of a TSV line: tabs and line breaks inside a sentence would break the line apart. */
const field = (s: string): string => s.replace(/[\t\r\n]+/gu, ' ');

function intFlag(flags: Map<string, string | true>, name: string, min: number, max: number, fallback: number): number {
  const v = flags.get(name);
  if (v === undefined) return fallback;
  const n = typeof v === 'string' && /^\d+$/u.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

function one(positional: string[], what: string): string {
  if (positional.length !== 1) throw new CliError(`expected one ${what}${positional.length > 1 ? `, got ${positional.length}` : ''} (usage: qalam ${USAGE.split(' | ').find((u) => u.includes(what)) ?? USAGE})`);
  return positional[0]!;
}

async function add(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, ['tm']);
  const file = one(positional, 'PROJECT.qalam|FILE.tmx');
  const tmPath = typeof flags.get('tm') === 'string' ? (flags.get('tm') as string) : defaultTmPath();
  const tmx = /\.tmx$/iu.test(file);
  if (!tmx && !/\.qalam$/iu.test(file)) throw new CliError(`${file}: expected a .qalam project or a .tmx file`);
  const stamp = { changed: new Date().toISOString(), from: basename(file) };
  const units = tmx ? unitsFromTmx(await importFile(file), stamp) : unitsFromProject(await readProjectForTm(file), stamp);
  const store = await TmStore.open(tmPath);
  try {
    const r = store.add(units);
    await store.save();
    io.out(`${tmPath}: ${r.added} added, ${r.updated} updated, ${r.unchanged} already there (${store.size} units)\n`);
  } finally {
    store.close();
  }
  return 0;
}

/** `tm align SOURCE TARGET`: aligns an Arabic text and its English translation into the TM. */
async function alignInto(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, ['tm', 'min-confidence']);
  if (positional.length !== 2) throw new CliError(`expected SOURCE and TARGET files, got ${positional.length} file(s)`);
  const raw = flags.get('min-confidence');
  const minConfidence = raw === undefined ? DEFAULT_ALIGN_CONFIDENCE : typeof raw === 'string' && /^(0(\.\d+)?|1(\.0+)?)$/u.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(minConfidence)) throw new CliError('--min-confidence must be a number from 0 to 1');
  const tmPath = typeof flags.get('tm') === 'string' ? (flags.get('tm') as string) : defaultTmPath();
  const [source, target] = await Promise.all([readTextFile(positional[0]!), readTextFile(positional[1]!)]);
  const { units, skipped } = alignedUnits({ source, target, from: basename(positional[0]!) }, { changed: new Date().toISOString() }, defaultAlignTools, minConfidence);
  const store = await TmStore.open(tmPath);
  try {
    const r = store.add(units);
    await store.save();
    io.out(`${tmPath}: ${r.added} added, ${r.updated} updated, ${r.unchanged} already there; ${skipped} beads left out (one-sided or confidence under ${minConfidence}) (${store.size} units)\n`);
  } finally {
    store.close();
  }
  return 0;
}

async function openExisting(tmPath: string): Promise<TmStore> {
  try {
    await stat(tmPath);
  } catch {
    throw new CliError(`${tmPath}: no translation memory there yet (fill one with qalam tm add)`);
  }
  return TmStore.open(tmPath);
}

function matchJson(m: TmMatch): object {
  const u = m.unit;
  return { score: m.score, kind: m.kind, source: u.source, target: u.target, origin: u.origin, from: u.from, changed: u.changed, sourceDiff: m.sourceDiff };
}

async function lookup(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, ['tm', 'min', 'limit', 'format']);
  const text = one(positional, '"TEXT"');
  const min = intFlag(flags, 'min', 0, 101, 70);
  const limit = intFlag(flags, 'limit', 1, 1000, 10);
  const format = choice(flags, 'format', ['tsv', 'json'] as const, 'tsv');
  const store = await openExisting(typeof flags.get('tm') === 'string' ? (flags.get('tm') as string) : defaultTmPath());
  try {
    const matches = store.lookup({ source: text }, { minScore: min, limit });
    if (format === 'json') io.out(JSON.stringify(matches.map(matchJson), null, 2) + '\n');
    else io.out(matches.map((m) => `${m.score}\t${field(m.unit.source)}\t${field(m.unit.target)}\n`).join(''));
  } finally {
    store.close();
  }
  return 0;
}

async function concordance(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, ['tm', 'limit', 'target'], ['target']);
  const phrase = one(positional, '"PHRASE"');
  const limit = intFlag(flags, 'limit', 1, 1000, 50);
  const store = await openExisting(typeof flags.get('tm') === 'string' ? (flags.get('tm') as string) : defaultTmPath());
  try {
    const hits = store.concordance(phrase, { side: flags.has('target') ? 'target' : 'source', limit });
    io.out(hits.map((h) => `${field(h.unit.source)}\t${field(h.unit.target)}\n`).join(''));
  } finally {
    store.close();
  }
  return 0;
}

export const tmCommand: Command = {
  name: 'tm',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'add') return add(rest, io);
    if (sub === 'align') return alignInto(rest, io);
    if (sub === 'lookup') return lookup(rest, io);
    if (sub === 'concordance') return concordance(rest, io);
    throw new CliError(sub === undefined ? `missing sub-command (usage: qalam ${USAGE})` : `unknown sub-command '${sub}' (add, align, lookup or concordance)`);
  },
};
