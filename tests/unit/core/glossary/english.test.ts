import { describe, expect, it } from 'vitest';
import { englishKey, englishTokens, isEnglishGap } from '../../../../app/core/glossary/english';

describe('englishKey', () => {
  it('possessive (coalition\'s, coalition’s)', () => {
    expect(englishKey("coalition's")).toBe('coalition');
    expect(englishKey('coalition’s')).toBe('coalition');
  });
  it('regular plurals (jihadists, militias, countries, churches, boxes)', () => {
    expect(englishKey('jihadists')).toBe('jihadist');
    expect(englishKey('countries')).toBe(englishKey('country'));
    expect(englishKey('churches')).toBe('church');
    expect(englishKey('boxes')).toBe('box');
  });
  it('irregular plurals (women, children, crises)', () => {
    expect(englishKey('women')).toBe('woman');
    expect(englishKey('children')).toBe('child');
    expect(englishKey('crises')).toBe(englishKey('crisis'));
  });
  it('words ending in s that are not plurals keep their s (ISIS, crisis, bus, press)', () => {
    expect(englishKey('ISIS')).toBe('isis');
    expect(englishKey('crisis')).toBe('crisis');
    expect(englishKey('bus')).toBe('bus');
    expect(englishKey('press')).toBe('press');
  });
  it('case-sensitive keys keep capitals and lose only a lower-case ending (IS, NGOs)', () => {
    expect(englishKey('IS', true)).toBe('IS');
    expect(englishKey('NGOs', true)).toBe('NGO');
    expect(englishKey('is', true)).toBe('is');
  });
  it('British and American spellings meet (organisation, defence, labour, centre, recognised)', () => {
    expect(englishKey('organisations')).toBe(englishKey('organizations'));
    expect(englishKey('defence')).toBe(englishKey('defense'));
    expect(englishKey('labour')).toBe(englishKey('labor'));
    expect(englishKey('centre')).toBe(englishKey('center'));
    expect(englishKey('recognised')).toBe(englishKey('recognized'));
  });
  it('short words are not respelled (four is not for, rise stays rise)', () => {
    expect(englishKey('four')).not.toBe(englishKey('for'));
    expect(englishKey('rise')).toBe('rise');
  });
});

describe('englishTokens and isEnglishGap', () => {
  it('splits on hyphens and keeps inner apostrophes', () => {
    expect(englishTokens("al-Qaeda's fighters").map((t) => t.text)).toEqual(['al', "Qaeda's", 'fighters']);
  });
  it('a term may span spaces or one hyphen, not punctuation', () => {
    expect(isEnglishGap(' ')).toBe(true);
    expect(isEnglishGap('-')).toBe(true);
    expect(isEnglishGap(' - ')).toBe(true);
    expect(isEnglishGap('--')).toBe(false);
    expect(isEnglishGap(', ')).toBe(false);
    expect(isEnglishGap('')).toBe(false);
  });
});
