/** Reads a `.qalam` project file to fill a TM from it: the one project validator, with its errors. */
import type { Project } from '../../core/project/model';
import { loadProjectFile } from '../project-file';

/** The project in `file`; a damaged file is an error naming the file and the field (e.g. `rows[1].source`). */
export function readProjectForTm(file: string): Promise<Project> {
  return loadProjectFile(file);
}
