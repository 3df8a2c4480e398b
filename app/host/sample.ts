/** The built-in sample: the seed news article, our English translation and a starter glossary. */
import type { Project } from '../core/project/model';
import sampleJson from '../sample/sample-project.json';
import { projectSchema } from '../contract/schema';

/** A fresh copy of the sample project (validated, so a broken sample fails loudly in tests, not in a user's hands). */
export function sampleProject(): Project {
  return projectSchema.parse(structuredClone(sampleJson)) as Project;
}
