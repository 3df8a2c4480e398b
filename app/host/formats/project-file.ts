/**
 * Minimal `.qalam` reading and writing for export/import until the project store lands: JSON with a shape
 * check that names the file and the first thing wrong.
 */
import { rename, writeFile } from 'node:fs/promises';
import { PROJECT_FORMAT, type Project } from '../../core/project/model';
import { HostError } from '../errors';
import { readTextFile } from '../read-text';

/** Reads and checks a project file. */
export async function readProjectFile(file: string): Promise<Project> {
  const text = await readTextFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new HostError(`${file}: not a Qalam project (invalid JSON: ${(e as Error).message})`, file, 'damaged');
  }
  const problem = shapeProblem(data);
  if (problem) throw new HostError(`${file}: not a Qalam project (${problem})`, file, 'damaged');
  return data as Project;
}

function shapeProblem(d: unknown): string | undefined {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return 'not a JSON object';
  const p = d as Record<string, unknown>;
  if (p.format !== PROJECT_FORMAT) return `"format" is not "${PROJECT_FORMAT}"`;
  for (const k of ['id', 'name', 'sourceLang', 'targetLang', 'createdAt', 'modifiedAt']) if (typeof p[k] !== 'string') return `"${k}" is not a string`;
  if (typeof p.version !== 'number') return '"version" is not a number';
  for (const k of ['rows', 'glossary', 'qaIgnores']) if (!Array.isArray(p[k])) return `"${k}" is not a list`;
  if (typeof p.meta !== 'object' || p.meta === null) return '"meta" is not an object';
  const rows = p.rows as unknown[];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Record<string, unknown> | null;
    if (typeof r !== 'object' || r === null) return `row ${i + 1} is not an object`;
    if (typeof r.id !== 'string' || !Array.isArray(r.source) || typeof r.target !== 'string' || typeof r.state !== 'string' || typeof r.paragraph !== 'number') {
      return `row ${i + 1} (${String(r.id)}) lacks id, source, target, state or paragraph`;
    }
  }
  return undefined;
}

/** Writes bytes or text next to `file` and renames it into place, so a crash never leaves half a file. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** Writes a project as `.qalam` JSON. */
export function writeProjectFile(file: string, project: Project): Promise<void> {
  return writeFileAtomic(file, JSON.stringify(project, null, 2) + '\n');
}
