import { describe, expect, it } from 'vitest';
import { isShortQuery, ShortQueryIndex, shortQueryKeys } from './short-query-index';
import type { PersonSummary } from './search-document';

function summary(fields: Partial<PersonSummary> & Pick<PersonSummary, 'id'>): PersonSummary {
  return {
    displayName: '',
    givenName: '',
    familyName: '',
    nameReading: '',
    company: '',
    emails: [],
    topics: [],
    ...fields,
  };
}

const ana = summary({ id: 'ana', displayName: 'An Ana', company: 'Zeta' });
const anders = summary({ id: 'anders', displayName: 'Anders Berg', company: 'Nordic' });
const corp = summary({ id: 'corp', displayName: 'Bo', company: 'Anchor' });
const kana = summary({ id: 'kana', displayName: '川口 奈々', nameReading: 'かわぐち なな' });
const mail = summary({ id: 'mail', displayName: 'Zed', emails: ['andy.other@example.com'] });

describe('isShortQuery', () => {
  it('takes single words of one or two characters', () => {
    expect(isShortQuery('a')).toBe(true);
    expect(isShortQuery(' Ab ')).toBe(true);
    expect(isShortQuery('山田')).toBe(true);
    expect(isShortQuery('ﾔﾏ')).toBe(true);
    expect(isShortQuery('abc')).toBe(false);
    expect(isShortQuery('a b')).toBe(false);
    expect(isShortQuery('  ')).toBe(false);
  });
});

describe('shortQueryKeys', () => {
  it('keys a person by name words, reading, e-mail and company, normalised', () => {
    const keys = shortQueryKeys(
      summary({
        id: 'x',
        displayName: 'José Núñez',
        nameReading: 'ホセ',
        emails: ['Jose.N@Example.com'],
        company: 'ACME Inc.',
      }),
    );
    expect(keys.slice(0, 4)).toEqual([
      ['jose', 'nunez'],
      ['ほせ'],
      ['jose.n', 'jose', 'n'],
      ['acme', 'inc'],
    ]);
  });

  it('also keys the inside of a CJK name written without spaces', () => {
    expect(shortQueryKeys(summary({ id: 'x', displayName: '山田花子' }))[4]).toEqual([
      '田花子',
      '花子',
      '子',
    ]);
  });
});

describe('ShortQueryIndex', () => {
  const index = new ShortQueryIndex();
  index.load([mail, corp, kana, anders, ana]);

  it('puts exact matches first, then name prefixes, then e-mail, then company', () => {
    expect(index.search('an', 10)).toEqual(['ana', 'anders', 'mail', 'corp']);
    expect(index.search('ana', 10)).toEqual(['ana']);
  });

  it('finds a name by its kana reading in katakana or hiragana', () => {
    expect(index.search('カワ', 10)).toEqual(['kana']);
    expect(index.search('な', 10)).toEqual(['kana']);
    expect(index.search('奈', 10)).toEqual(['kana']);
  });

  it('returns at most the requested number of people', () => {
    expect(index.search('a', 2)).toEqual(['ana', 'anders']);
  });

  it('keeps the same order when people are put one by one', () => {
    const incremental = new ShortQueryIndex();
    for (const person of [ana, kana, corp, mail, anders]) incremental.put(person);
    expect(incremental.search('an', 10)).toEqual(index.search('an', 10));
    incremental.put({ ...ana, displayName: 'Bea' });
    expect(incremental.search('an', 10)).toEqual(['anders', 'mail', 'corp']);
    incremental.remove('anders');
    incremental.remove('missing');
    expect(incremental.search('an', 10)).toEqual(['mail', 'corp']);
    expect(incremental.size).toBe(4);
  });
});
