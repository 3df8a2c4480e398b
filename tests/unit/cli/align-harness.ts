/** Runs the `qalam` CLI in process with captured output, and writes temporary input files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../app/cli/main';

export async function qalam(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Writes `files` (name → text or bytes) into a fresh temporary folder; returns their paths. */
export function tempFiles(files: Record<string, string | Uint8Array>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'qalam-cli-test-'));
  const paths: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], content);
  }
  return paths;
}
