/** Turning project rows and aligned bitexts into TM units. */
import type { Bead, Sentence } from '../align/types';
import type { Project, Row, SegmentState } from '../project/model';
import type { NewTmUnit, TmOrigin } from './types';

/** Row states whose translation is worth reusing: confirmed by a translator or a reviewer. */
export const TM_STATES: readonly SegmentState[] = ['translated', 'reviewed', 'final'];

const rowSource = (r: Row): string => r.source.join(' ').trim();

/** Who and when, for the units made by one operation. */
export interface UnitStamp {
  changed: string;
  author?: string;
  from?: string;
}

function unit(source: string, target: string, sourceLang: string, targetLang: string, origin: TmOrigin, stamp: UnitStamp, prev?: string, next?: string): NewTmUnit {
  const u: NewTmUnit = { source, target, sourceLang, targetLang, origin, changed: stamp.changed };
  if (prev) u.prev = prev;
  if (next) u.next = next;
  if (stamp.author) u.author = stamp.author;
  if (stamp.from) u.from = stamp.from;
  return u;
}

/**
 * The TM units of a project: one per row whose state is translated, reviewed or final and whose source and
 * target are both non-empty, with the neighbouring rows' sources as context.
 */
export function unitsFromProject(project: Project, stamp: UnitStamp): NewTmUnit[] {
  const out: NewTmUnit[] = [];
  const rows = project.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (!TM_STATES.includes(r.state)) continue;
    const source = rowSource(r);
    const target = r.target.trim();
    if (!source || !target) continue;
    const prev = i > 0 ? rowSource(rows[i - 1]!) : undefined;
    const next = i + 1 < rows.length ? rowSource(rows[i + 1]!) : undefined;
    out.push(unit(source, target, project.sourceLang, project.targetLang, 'project', { from: project.name, ...stamp }, prev, next));
  }
  return out;
}

/** The TM unit of one confirmed row (called when the translator confirms it), with its neighbours as context. */
export function unitFromRow(project: Project, rowIndex: number, stamp: UnitStamp): NewTmUnit | undefined {
  const rows = project.rows;
  const r = rows[rowIndex];
  if (!r) return undefined;
  const source = rowSource(r);
  const target = r.target.trim();
  if (!source || !target) return undefined;
  const prev = rowIndex > 0 ? rowSource(rows[rowIndex - 1]!) : undefined;
  const next = rowIndex + 1 < rows.length ? rowSource(rows[rowIndex + 1]!) : undefined;
  return unit(source, target, project.sourceLang, project.targetLang, 'confirm', { from: project.name, ...stamp }, prev, next);
}

/**
 * The TM units of an aligned bitext: one per bead with sentences on both sides (1-0 and 0-1 beads translate
 * nothing). Beads below `minScore` confidence are left out, since an unsure pair would be offered as a match.
 */
export function unitsFromAlignment(
  source: readonly Sentence[],
  target: readonly Sentence[],
  beads: readonly Bead[],
  langs: { sourceLang: string; targetLang: string },
  stamp: UnitStamp,
  minScore = 0,
): NewTmUnit[] {
  const text = (sents: readonly Sentence[], idx: number[]): string => idx.map((i) => sents[i]?.text.trim() ?? '').filter(Boolean).join(' ');
  const out: NewTmUnit[] = [];
  for (let b = 0; b < beads.length; b++) {
    const bead = beads[b]!;
    if (bead.source.length === 0 || bead.target.length === 0 || bead.score < minScore) continue;
    const s = text(source, bead.source);
    const t = text(target, bead.target);
    if (!s || !t) continue;
    const prevBead = beads[b - 1];
    const nextBead = beads[b + 1];
    const prev = prevBead ? text(source, prevBead.source) : undefined;
    const next = nextBead ? text(source, nextBead.source) : undefined;
    out.push(unit(s, t, langs.sourceLang, langs.targetLang, 'alignment', stamp, prev, next));
  }
  return out;
}

/**
 * The TM units of a translation memory exchanged as TMX (read into a project by core/formats): every unit
 * with both sides, whatever its state, since a TMX holds translations someone chose to keep. TMX units carry
 * no document order, so no context is stored (they give 100% matches, never 101%).
 */
export function unitsFromTmx(project: Project, stamp: UnitStamp): NewTmUnit[] {
  const out: NewTmUnit[] = [];
  for (const r of project.rows) {
    const source = rowSource(r);
    const target = r.target.trim();
    if (source && target) out.push(unit(source, target, project.sourceLang, project.targetLang, 'tmx', stamp));
  }
  return out;
}
