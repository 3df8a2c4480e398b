/**
 * The spell-checker, off the UI thread: Hunspell dictionaries (British or American English, loaded on first use
 * of each) read by nspell. Building a dictionary takes a few hundred milliseconds; checking a sentence, well
 * under one.
 */
import nspell from 'nspell';
import type { SpellLanguage, SpellReply, SpellRequest } from './spell-protocol';
import { dictionaryForm, spellWords } from './words';

type Checker = ReturnType<typeof nspell>;

// The dictionaries' files, bundled as text (the packages export only a Node loader; see renderer/vite.config.ts).
const LOADERS: Record<SpellLanguage, () => Promise<[string, string]>> = {
  'en-GB': async () => [(await import('dictionary-en-gb-files/index.aff?raw')).default, (await import('dictionary-en-gb-files/index.dic?raw')).default],
  'en-US': async () => [(await import('dictionary-en-files/index.aff?raw')).default, (await import('dictionary-en-files/index.dic?raw')).default],
};

const checkers = new Map<SpellLanguage, Promise<Checker>>();
function checker(language: SpellLanguage): Promise<Checker> {
  let c = checkers.get(language);
  if (!c) {
    c = LOADERS[language]().then(([aff, dic]) => nspell(aff, dic));
    checkers.set(language, c);
  }
  return c;
}

const known = new Map<string, boolean>();
function correct(spell: Checker, language: SpellLanguage, word: string): boolean {
  const key = `${language}\u0000${word}`;
  let ok = known.get(key);
  if (ok === undefined) {
    const form = dictionaryForm(word);
    // A capitalised word at a sentence start may be an ordinary word: accept it when its lower case is known.
    ok = spell.correct(form) || spell.correct(form.toLowerCase());
    if (known.size > 50000) known.clear();
    known.set(key, ok);
  }
  return ok;
}

self.onmessage = async (e: MessageEvent<SpellRequest>) => {
  const req = e.data;
  const reply = (r: SpellReply): void => self.postMessage(r);
  try {
    const spell = await checker(req.language);
    if (req.type === 'check') {
      reply({ type: 'checked', id: req.id, misses: spellWords(req.text).filter((w) => !correct(spell, req.language, w.word)) });
    } else {
      reply({ type: 'suggested', id: req.id, suggestions: spell.suggest(dictionaryForm(req.word)).slice(0, 6) });
    }
  } catch (err) {
    reply({ type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
