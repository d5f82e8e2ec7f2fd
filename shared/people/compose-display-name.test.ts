import { describe, expect, it } from 'vitest';
import { composeDisplayName, likelyNameOrder } from './compose-display-name';

describe('composeDisplayName', () => {
  it('puts the given name first for Latin names', () => {
    expect(composeDisplayName('Ada', 'Lovelace', 'given-family')).toBe('Ada Lovelace');
  });

  it('puts the family name first, with a space, for Japanese names', () => {
    expect(composeDisplayName('花子', '山田', 'family-given')).toBe('山田 花子');
  });

  it('uses whichever part exists when one is blank', () => {
    expect(composeDisplayName('  ', 'Lovelace', 'given-family')).toBe('Lovelace');
    expect(composeDisplayName('花子', '', 'family-given')).toBe('花子');
  });
});

describe('likelyNameOrder', () => {
  it('takes names in Japanese (or other CJK) script to be family-first', () => {
    expect(likelyNameOrder('花子', '山田')).toBe('family-given');
    expect(likelyNameOrder('ハナコ', '')).toBe('family-given');
    expect(likelyNameOrder('지민', '김')).toBe('family-given');
    expect(likelyNameOrder('Ada', 'Lovelace')).toBe('given-family');
    expect(likelyNameOrder('Zoë', "O'Brien")).toBe('given-family');
  });
});
