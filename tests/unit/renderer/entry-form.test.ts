/** Editing a glossary entry in the form gives back every field it had, other Arabic spellings included. */
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../app/core/project/model';
import { draftOf, entryOf } from '../../../renderer/src/glossary/entry-form';

describe('glossary entry form', () => {
  it('round-trips an entry with every field', () => {
    const e: GlossaryEntry = {
      id: 'g1', source: 'داعش', targets: ['ISIS', 'Islamic State'], forbidden: ['Daesh'], note: 'House style', partOfSpeech: 'properNoun',
      caseSensitive: true, sourceVariants: ['تنظيم الدولة', 'الدولة الإسلامية'],
    };
    expect(entryOf(draftOf(e))).toEqual(e);
  });

  it('reads other spellings one per line or separated by Arabic commas, and leaves the field out when empty', () => {
    const d = { ...draftOf({ id: 'g2', source: 'دولة', targets: ['state'], forbidden: [] }), variants: 'دول،  الدول\n' };
    expect(entryOf(d).sourceVariants).toEqual(['دول', 'الدول']);
    expect('sourceVariants' in entryOf({ ...d, variants: ' ' })).toBe(false);
  });
});
