/**
 * Runtime schemas for everything that crosses the UI/host boundary or comes from disk: a `.qalam` project,
 * settings, and each method's arguments. The host parses with these before the core sees any data.
 */
import { z } from 'zod';
import { PROJECT_FORMAT, PROJECT_VERSION } from '../core/project/model';

export const segmentStateSchema = z.enum(['initial', 'translated', 'reviewed', 'final']);

const stringMap = z.record(z.string(), z.string());

export const noteSchema = z.object({
  text: z.string(),
  author: z.string().optional(),
  date: z.string().optional(),
});

export const inlineCodeSchema = z.object({
  id: z.string(),
  kind: z.enum(['open', 'close', 'standalone']),
  original: z.string(),
  display: z.string().optional(),
});

export const rowSchema = z.looseObject({
  id: z.string().min(1),
  source: z.array(z.string()),
  target: z.string(),
  state: segmentStateSchema,
  score: z.number().min(0).max(1).nullable(),
  paragraph: z.number().int().min(0),
  notes: z.array(noteSchema).optional(),
  codes: z.array(inlineCodeSchema).optional(),
  extra: stringMap.optional(),
});

export const glossaryEntrySchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  sourceVariants: z.array(z.string().min(1)).optional(),
  targets: z.array(z.string().min(1)).min(1),
  forbidden: z.array(z.string()),
  note: z.string().optional(),
  partOfSpeech: z.string().optional(),
  caseSensitive: z.boolean().optional(),
});

export const qaIgnoreSchema = z.object({
  rowId: z.string(),
  check: z.string(),
  key: z.string(),
  reason: z.string(),
});

export const projectSchema = z.looseObject({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  id: z.string().min(1),
  name: z.string(),
  sourceLang: z.string().min(2),
  targetLang: z.string().min(2),
  createdAt: z.string(),
  modifiedAt: z.string(),
  rows: z.array(rowSchema),
  glossary: z.array(glossaryEntrySchema),
  qaIgnores: z.array(qaIgnoreSchema),
  meta: stringMap,
});

export const uiLanguageSchema = z.enum(['en', 'ar']);

export const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
  maximized: z.boolean().optional(),
});

export const settingsSchema = z.object({
  language: uiLanguageSchema,
  userName: z.string().max(200),
  autosaveSeconds: z.number().int().min(1).max(600),
  lowScoreThreshold: z.number().min(0).max(1),
  /** Spell-checking of the English: which dictionary, or off. */
  spelling: z.enum(['en-GB', 'en-US', 'off']),
  /** The user's own words (names, terms) the spell-checker accepts. */
  dictionary: z.array(z.string().min(1).max(100)).max(20000),
  window: windowBoundsSchema.optional(),
});

/** Turns a zod error into `path: message` lines a user can act on (`rows[3].state: …`). */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => {
      const path = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
      return `${path || '(top level)'}: ${i.message}`;
    })
    .join('; ');
}
