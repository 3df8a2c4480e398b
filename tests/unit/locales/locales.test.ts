/** Every visible string comes from locales/<lang>/<ns>.json, and every key exists in every language. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const localesDir = join(root, 'locales');
const languages = readdirSync(localesDir).filter((d) => statSync(join(localesDir, d)).isDirectory());

function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function load(lang: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of readdirSync(join(localesDir, lang)).filter((f) => f.endsWith('.json'))) {
    out.set(f.replace(/\.json$/, ''), new Set(keys(JSON.parse(readFileSync(join(localesDir, lang, f), 'utf8')) as Record<string, unknown>)));
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** A plural key without its form suffix: `rows_few` → `rows`. */
const pluralBase = (k: string): string => k.replace(PLURAL, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('locales', () => {
  it('has English and Arabic', () => {
    expect(languages.sort()).toEqual(['ar', 'en']);
  });

  it('every key in one language exists in every other (same namespaces, same keys; plural forms per language)', () => {
    const all = new Map(languages.map((l) => [l, load(l)]));
    const missing: string[] = [];
    for (const [lang, namespaces] of all) {
      for (const [ns, ks] of namespaces) {
        for (const other of languages) {
          if (other === lang) continue;
          const theirs = new Set([...(all.get(other)!.get(ns) ?? [])].map(pluralBase));
          for (const k of ks) if (!theirs.has(pluralBase(k))) missing.push(`${ns}:${k} is in ${lang} but not in ${other}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every plural key has each form its language needs (Arabic: zero, one, two, few, many, other)', () => {
    const problems: string[] = [];
    for (const lang of languages) {
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [ns, ks] of load(lang)) {
        const bases = new Set([...ks].filter((k) => k !== pluralBase(k)).map(pluralBase));
        for (const b of bases) for (const f of forms) if (!ks.has(`${b}_${f}`)) problems.push(`${lang} ${ns}:${b}_${f} is missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no value is empty, and Arabic values are not English left untranslated', () => {
    const en = load('en');
    const ar = load('ar');
    const problems: string[] = [];
    for (const [ns] of en) {
      const enJson = JSON.parse(readFileSync(join(localesDir, 'en', `${ns}.json`), 'utf8')) as Record<string, unknown>;
      const arJson = JSON.parse(readFileSync(join(localesDir, 'ar', `${ns}.json`), 'utf8')) as Record<string, unknown>;
      for (const k of ar.get(ns) ?? []) {
        const get = (o: Record<string, unknown>) => k.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)?.[p], o);
        const a = get(arJson);
        const e = get(enJson);
        if (typeof a !== 'string' || a.trim() === '') problems.push(`ar ${ns}:${k} is empty`);
        // A value identical to English with an ordinary lower-case English word in it was forgotten; names such as
        // "English" and format names such as "XLIFF 2.1" may stay as they are.
        else if (a === e && /\b[a-z]{4,}\b/.test(a) && !k.startsWith('languageName')) problems.push(`ar ${ns}:${k} is still English: ${a}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every key the renderer asks for with t("…") exists in English', () => {
    const en = load('en');
    const used = new Set<string>();
    for (const f of sourceFiles(join(root, 'renderer', 'src'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.:-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((k) => {
      const [ns, key] = k.includes(':') ? k.split(':') : ['common', k];
      const set = en.get(ns!);
      return !set?.has(key!) && !set?.has(`${key}_one`) && !set?.has(`${key}_other`);
    });
    expect(missing).toEqual([]);
  });
});
