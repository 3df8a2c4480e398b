/** `.qalam` project files: versioned JSON, validated on load, saved atomically with a backup. */
import type { Project } from '../core/project/model';
import { PROJECT_FORMAT, PROJECT_VERSION } from '../core/project/model';
import { projectSchema, describeZodError } from '../contract/schema';
import { HostError } from './errors';
import { readTextFile } from './read-text';
import { writeFileAtomic } from './atomic-write';
import { jsonErrorOffset } from './json-error-position';

/** Parses and validates project JSON; errors name the file and the place (JSON line/column or field path). */
export function parseProject(text: string, file: string): Project {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    let where = '';
    const pos = jsonErrorOffset(text);
    if (pos >= 0) {
      const before = text.slice(0, pos).split('\n');
      where = ` at line ${before.length}, column ${(before[before.length - 1] ?? '').length + 1}`;
    }
    throw new HostError(`${file}: damaged project file (not valid JSON${where})`, file, 'damaged');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PROJECT_FORMAT) {
    throw new HostError(`${file}: not a Qalam project (no "format": "${PROJECT_FORMAT}")`, file, 'damaged');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROJECT_VERSION) {
    throw new HostError(
      `${file}: made by a newer Qalam (project version ${version}; this Qalam reads up to ${PROJECT_VERSION}). Update Qalam to open it.`,
      file,
      'newer-version',
    );
  }
  const result = projectSchema.safeParse(data);
  if (!result.success) throw new HostError(`${file}: damaged project file (${describeZodError(result.error)})`, file, 'damaged');
  const project = result.data as Project;
  const ids = new Set<string>();
  project.rows.forEach((r, i) => {
    if (ids.has(r.id)) throw new HostError(`${file}: damaged project file (rows[${i}].id: duplicate id "${r.id}")`, file, 'damaged');
    ids.add(r.id);
  });
  return project;
}

/** Stable, readable serialisation (two-space indent, trailing newline) so projects diff well in version control. */
export function serializeProject(project: Project): string {
  return JSON.stringify(project, null, 2) + '\n';
}

export async function loadProjectFile(file: string): Promise<Project> {
  return parseProject(await readTextFile(file), file);
}

export async function saveProjectFile(file: string, project: Project): Promise<void> {
  await writeFileAtomic(file, serializeProject(project), { keepBackup: true });
}
