/** Namespace URIs of the exchange formats. */
export const NS = {
  xliff2: 'urn:oasis:names:tc:xliff:document:2.0',
  xliff12: 'urn:oasis:names:tc:xliff:document:1.2',
  metadata: 'urn:oasis:names:tc:xliff:metadata:2.0',
  glossary: 'urn:oasis:names:tc:xliff:glossary:2.0',
  /** Qalam's own attributes where XLIFF has no place (note author and date). */
  qalam: 'urn:x-qalam:xliff',
  tbx: 'urn:iso:std:iso:30042:ed-2',
} as const;

/** True when `id` is an XML NMTOKEN (what XLIFF requires of unit and group ids). */
export function isNmtoken(id: string): boolean {
  return /^[\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}._:\-\u00b7\u0300-\u036f\u203f\u2040]+$/u.test(id);
}
