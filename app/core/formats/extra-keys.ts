/**
 * Keys under which readers keep, in `Row.extra` and `Project.meta`, what other tools wrote and the model has
 * no place for. Values are verbatim XML (attribute lists start with a space) that the writers put back.
 */
export const X2 = {
  rootAttrs: 'xlf2:rootAttrs',
  fileId: 'xlf2:fileId',
  fileAttrs: 'xlf2:fileAttrs',
  skeleton: 'xlf2:skeleton',
  fileHead: 'xlf2:fileHead',
  fileNotes: 'xlf2:fileNotes',
  unit: 'xlf2:unit',
  unitAttrs: 'xlf2:unitAttrs',
  unitHead: 'xlf2:unitHead',
  originalData: 'xlf2:originalData',
  segment: 'xlf2:segment',
  segAttrs: 'xlf2:segAttrs',
  srcAttrs: 'xlf2:srcAttrs',
  trgAttrs: 'xlf2:trgAttrs',
  after: 'xlf2:after',
  noteAttrs: 'xlf2:noteAttrs.',
} as const;

export const X12 = {
  rootAttrs: 'xlf12:rootAttrs',
  fileAttrs: 'xlf12:fileAttrs',
  headerLead: 'xlf12:headerLead',
  headerRest: 'xlf12:headerRest',
  segSource: 'xlf12:segSource',
  unitAttrs: 'xlf12:unitAttrs',
  unitTail: 'xlf12:unitTail',
  srcAttrs: 'xlf12:srcAttrs',
  trgAttrs: 'xlf12:trgAttrs',
  noteAttrs: 'xlf12:noteAttrs.',
} as const;

/** The file name the translation came from, kept across formats. */
export const ORIGINAL = 'original';

/** True for keys one format's writer puts in their place (so they are not written again as generic metadata). */
export function isFormatKey(key: string): boolean {
  return key.startsWith('xlf2:') || key.startsWith('xlf12:') || key.startsWith('tmx:');
}
