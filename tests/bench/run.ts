/** `npm run bench [-- prefix…]`: runs every tests/bench/*.bench.ts and prints one JSON object per metric. */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Bench } from './bench';

async function main(): Promise<void> {
  const prefixes = process.argv.slice(2);
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
  const wanted = (m: string): boolean => prefixes.length === 0 || prefixes.some((p) => m.startsWith(p));
  let ran = 0;
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { benches: Bench[] };
    for (const b of mod.benches) {
      if (!b.metrics.some(wanted)) continue;
      for (const m of await b.run()) {
        if (wanted(m.metric)) {
          process.stdout.write(JSON.stringify({ metric: m.metric, value: m.value, unit: m.unit }) + '\n');
          ran++;
        }
      }
    }
  }
  if (ran === 0) {
    process.stderr.write(`bench: no metric matches ${prefixes.join(', ')}\n`);
    process.exitCode = 2;
  }
}

void main();
