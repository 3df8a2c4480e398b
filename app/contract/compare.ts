/**
 * The compare part of the contract: reading another version of the open document (a `.qalam` project or an
 * XLIFF 1.2/2.x file) so the UI can show what differs, without opening it in place of the current project.
 */
import { z } from 'zod';

const path = z.string().min(1).max(4096);

/** Argument schemas, one per method (strict: an unknown field is a caller bug). */
export const compareMethodArgs = {
  /** Reads a project or XLIFF file into a project; nothing is opened, nothing is added to the recent list. */
  readProjectForCompare: z.strictObject({ path }),
} as const;
