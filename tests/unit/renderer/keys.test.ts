/** The keyboard map is data: no key does two things, and every command has a name in both UI languages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYMAP, commandFor, parseKeys } from '../../../renderer/src/keys';

const locale = (lang: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'locales', lang, 'common.json'), 'utf8')) as { commands: Record<string, string>; shortcuts: { groups: Record<string, string> } };

describe('keyboard map', () => {
  it('binds each key combination to one command only', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const b of KEYMAP) {
      const k = b.keys.toLowerCase();
      const prev = seen.get(k);
      if (prev && prev !== b.command) clashes.push(`${b.keys}: ${prev} and ${b.command}`);
      seen.set(k, b.command);
    }
    expect(clashes).toEqual([]);
  });

  it('finds each command from its own key event (letters by physical key too, as on an Arabic layout)', () => {
    for (const b of KEYMAP) {
      const p = parseKeys(b.keys);
      const letter = p.key.length === 1;
      const event = { key: letter ? 'ش' : p.key, code: letter ? `Key${p.key}` : '', ctrlKey: p.ctrl, metaKey: false, shiftKey: p.shift, altKey: p.alt };
      expect(commandFor(event)).toBe(b.command);
    }
  });

  it('names every command and group in English and Arabic', () => {
    for (const lang of ['en', 'ar']) {
      const l = locale(lang);
      expect(KEYMAP.filter((b) => !l.commands[b.command]).map((b) => b.command)).toEqual([]);
      expect([...new Set(KEYMAP.map((b) => b.group))].filter((g) => !l.shortcuts.groups[g])).toEqual([]);
    }
  });
});
