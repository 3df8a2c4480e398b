/** The UI side of the spelling worker: one worker for the app, started on first use, promises per request. */
import type { SpellLanguage, SpellReply, SpellRequest } from './spell-protocol';
import type { WordSpan } from './words';
import SpellWorker from './spell.worker?worker';

type Pending = { resolve: (r: SpellReply) => void };
type Ask = { type: 'check'; language: SpellLanguage; text: string } | { type: 'suggest'; language: SpellLanguage; word: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function ask(req: Ask): Promise<SpellReply> {
  if (!worker) {
    worker = new SpellWorker();
    worker.onmessage = (e: MessageEvent<SpellReply>) => {
      pending.get(e.data.id)?.resolve(e.data);
      pending.delete(e.data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve });
    worker!.postMessage({ ...req, id } as SpellRequest);
  });
}

export async function checkSpelling(language: SpellLanguage, text: string): Promise<WordSpan[]> {
  const r = await ask({ type: 'check', language, text });
  if (r.type === 'failed') throw new Error(r.message);
  return r.type === 'checked' ? r.misses : [];
}

export async function suggestSpelling(language: SpellLanguage, word: string): Promise<string[]> {
  const r = await ask({ type: 'suggest', language, word });
  if (r.type === 'failed') throw new Error(r.message);
  return r.type === 'suggested' ? r.suggestions : [];
}
