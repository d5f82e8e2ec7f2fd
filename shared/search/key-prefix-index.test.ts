import { describe, expect, it } from 'vitest';
import { isShortQuery, KeyPrefixIndex, normalisePhrase, personKeys } from './key-prefix-index';
import type { PersonSummary } from './search-document';

function summary(fields: Partial<PersonSummary> & Pick<PersonSummary, 'id'>): PersonSummary {
  return {
    displayName: '',
    givenName: '',
    familyName: '',
    nameReading: '',
    company: '',
    role: '',
    emails: [],
    topics: [],
    ...fields,
  };
}

const ana = summary({ id: 'ana', displayName: 'An Ana', company: 'Zeta' });
const anders = summary({
  id: 'anders',
  displayName: 'Anders Berg',
  givenName: 'Anders',
  familyName: 'Berg',
  company: 'Nordic',
});
const corp = summary({ id: 'corp', displayName: 'Bo', company: 'Anchor' });
const kana = summary({ id: 'kana', displayName: '川口 奈々', nameReading: 'かわぐち なな' });
const mail = summary({ id: 'mail', displayName: 'Zed', emails: ['andy.other@example.com'] });
const topical = summary({
  id: 'topical',
  displayName: 'Cy',
  role: 'Android developer',
  topics: [{ group: 'interest', key: 'ruby-on-rails', label: 'Ruby on Rails' }],
});

describe('normalisePhrase and isShortQuery', () => {
  it('normalises a query to single-spaced folded text', () => {
    expect(normalisePhrase('  Ｍaría   ヤマダ ')).toBe('maria やまだ');
  });

  it('takes single words of one or two characters as short', () => {
    expect(isShortQuery('a')).toBe(true);
    expect(isShortQuery(' Ab ')).toBe(true);
    expect(isShortQuery('山田')).toBe(true);
    expect(isShortQuery('ﾔﾏ')).toBe(true);
    expect(isShortQuery('abc')).toBe(false);
    expect(isShortQuery('a b')).toBe(false);
    expect(isShortQuery('  ')).toBe(false);
  });
});

describe('personKeys', () => {
  it('keys names, reading, e-mail, company, topics and role as phrases and words', () => {
    const keys = personKeys(
      summary({
        id: 'x',
        displayName: 'José Núñez',
        givenName: 'José',
        familyName: 'Núñez',
        nameReading: 'ホセ',
        emails: ['Jose.N@Example.com'],
        company: 'ACME Inc.',
        role: 'CTO',
        topics: [{ group: 'ask', key: 'node.js', label: 'Node.js' }],
      }),
    );
    expect(keys.slice(0, 6)).toEqual([
      ['jose nunez', 'jose', 'nunez', 'nunez jose'],
      ['ほせ'],
      ['jose.n@example.com', 'jose.n', 'jose', 'n'],
      ['acme inc.', 'acme', 'inc'],
      ['node.js', 'node', 'js'],
      ['cto'],
    ]);
  });

  it('keys a CJK name without spaces and the inside of it', () => {
    const keys = personKeys(summary({ id: 'x', displayName: '山田 花子' }));
    expect(keys[0]).toEqual(['山田 花子', '山田花子', '山田', '花子']);
    expect(keys[6]).toEqual(['田花子', '花子', '子', '田']);
  });
});

describe('KeyPrefixIndex', () => {
  const index = new KeyPrefixIndex();
  index.load([mail, corp, kana, anders, ana, topical]);

  it('puts exact keys first, then prefixes tier by tier: name, e-mail, company, topic, role', () => {
    expect(index.search('an', 10)).toEqual(['ana', 'anders', 'mail', 'corp', 'topical']);
    expect(index.search('ana', 10)).toEqual(['ana']);
  });

  it('matches multi-word phrases from their start', () => {
    expect(index.search('ruby on r', 10)).toEqual(['topical']);
    expect(index.search('anders b', 10)).toEqual(['anders']);
    expect(index.search('berg anders', 10)).toEqual(['anders']);
    expect(index.search('on rails', 10)).toEqual([]);
  });

  it('finds a name by its reading in katakana or hiragana, and inside a kanji name', () => {
    expect(index.search('カワ', 10)).toEqual(['kana']);
    expect(index.search('かわぐちなな', 10)).toEqual(['kana']);
    expect(index.search('な', 10)).toEqual(['kana']);
    expect(index.search('奈', 10)).toEqual(['kana']);
    expect(index.search('口奈', 10)).toEqual(['kana']);
  });

  it('returns at most the requested number of people', () => {
    expect(index.search('a', 2)).toEqual(['ana', 'anders']);
  });

  it('gives the same answers when people are added one by one, and forgets removed people', () => {
    const incremental = new KeyPrefixIndex();
    for (const person of [mail, corp, kana, anders, ana, topical]) incremental.add(person);
    expect(incremental.search('an', 10)).toEqual(index.search('an', 10));
    incremental.remove(ana);
    incremental.add({ ...ana, displayName: 'Bea' });
    expect(incremental.search('an', 10)).toEqual(['anders', 'mail', 'corp', 'topical']);
    incremental.remove(anders);
    expect(incremental.search('an', 10)).toEqual(['mail', 'corp', 'topical']);
    expect(incremental.search('bea', 10)).toEqual(['ana']);
  });
});
