import { describe, expect, it } from 'vitest';
import { PeopleSearchIndex, SEARCH_INDEX_FORMAT } from './people-search-index';
import { personFixture } from '../domain/person-fixture';
import { keyAsLabel, type TopicLabelOf } from './search-document';

const labels: Record<string, string> = { 'ruby-on-rails': 'Ruby on Rails', rust: 'Rust' };
const labelOf: TopicLabelOf = (key) => labels[key] ?? key;

const hanako = personFixture({
  id: 'hanako',
  displayName: '山田 花子',
  familyName: '山田',
  givenName: '花子',
  nameReading: 'やまだ はなこ',
  nameOrder: 'family-given',
  company: 'Mirai Labs',
  emails: ['hanako.yamada@example.com'],
});
const garcia = personFixture({
  id: 'garcia',
  displayName: 'María García',
  givenName: 'María',
  familyName: 'García',
  company: 'Acme',
  interests: ['ruby-on-rails'],
  notes: 'Rails開発をしている。Looking for Rust mentoring.',
});
const taro = personFixture({
  id: 'taro',
  displayName: 'Taro Suzuki',
  givenName: 'Taro',
  familyName: 'Suzuki',
  company: 'Yamato Transport',
  notes: 'Knows Hanako from the Yamada lab',
});

function indexOf(...people: Parameters<PeopleSearchIndex['put']>[0][]): PeopleSearchIndex {
  const index = PeopleSearchIndex.empty();
  index.putAll(people, labelOf);
  return index;
}

const ids = (index: PeopleSearchIndex, query: string) => index.search(query).map((hit) => hit.id);

describe('PeopleSearchIndex', () => {
  const index = indexOf(hanako, garcia, taro);

  it.each(['山田', '山', 'やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ', 'やまだ はなこ', '花子', 'yamada', 'hanako'])(
    'finds 山田 花子 by %s',
    (query) => {
      expect(ids(index, query)[0]).toBe('hanako');
    },
  );

  it('finds a person by a prefix of a word, in any case and without accents', () => {
    expect(ids(index, 'garc')).toEqual(['garcia']);
    expect(ids(index, 'GARCIA')).toEqual(['garcia']);
    expect(ids(index, 'maría garcía')).toEqual(['garcia']);
  });

  it('tolerates one typo in a word of four characters or more', () => {
    expect(ids(index, 'Taru Suzuki')).toEqual(['taro']);
    expect(ids(index, 'Tar')).toEqual(['taro']);
    expect(ids(index, 'Tor')).toEqual([]);
    expect(ids(index, 'Garcai')).toEqual([]);
    expect(ids(index, 'Garsia')).toEqual(['garcia']);
    expect(ids(index, 'suzuku')).toEqual(['taro']);
  });

  it('takes only the last word of a query as a prefix: the words before it are complete', () => {
    const ada = personFixture({
      id: 'ada',
      displayName: 'Ada Lovelace',
      givenName: 'Ada',
      familyName: 'Lovelace',
    });
    const typed = indexOf(ada, taro);
    expect(ids(typed, 'ada love')).toEqual(['ada']);
    expect(ids(typed, 'lovelace ada')).toEqual(['ada']);
    expect(ids(typed, 'lovel ada')).toEqual([]);
    expect(ids(typed, 'yamada kno')).toEqual(['taro']);
    expect(ids(typed, 'kno yamada')).toEqual([]);
    // A word of one or two letters is left out of a longer query rather than matched as a prefix.
    expect(ids(typed, 'ad lovelace')).toEqual(['ada']);
  });

  it('tolerates a typo only in queries of one or two scored words', () => {
    expect(ids(index, 'knows hanako yamada')).toEqual(['taro']);
    expect(ids(index, 'knaws hanako')).toEqual(['taro']);
    expect(ids(index, 'knaws hanako yamada')).toEqual([]);
    expect(ids(index, 'knows hanako yamda')).toEqual([]);
  });

  it('requires every word of the query to match', () => {
    expect(ids(index, 'taro acme')).toEqual([]);
    expect(ids(index, 'taro yamato')).toEqual(['taro']);
  });

  it('does not let short or filler words of a phrase veto a match', () => {
    const switcher = personFixture({
      id: 'switcher',
      displayName: 'Ken Ito',
      notes: 'Wants to switch to Rust next year',
    });
    const phrased = indexOf(switcher, taro);
    expect(ids(phrased, 'switch to Rust')).toEqual(['switcher']);
    expect(ids(phrased, 'Met at Rust')).toEqual(['switcher']);
    expect(ids(phrased, 'switch to Go')).toEqual(['switcher']);
    expect(ids(phrased, 'switch to Haskell')).toEqual([]);
  });

  it('finds mixed Japanese and Latin words in notes', () => {
    expect(ids(index, 'Rails開発')).toEqual(['garcia']);
  });

  it('ranks a name match above a match in the notes', () => {
    expect(ids(index, 'yamada')).toEqual(['hanako', 'taro']);
  });

  it('finds people by topic label or key and tells which topic matched', () => {
    const [hit] = index.search('ruby on rails');
    expect(hit.id).toBe('garcia');
    expect(hit.matchedTopic).toEqual({
      group: 'interest',
      key: 'ruby-on-rails',
      label: 'Ruby on Rails',
    });
    expect(index.search('garcia')[0].matchedTopic).toBeNull();
  });

  it('returns display fields with each result', () => {
    expect(index.search('hanako')[0]).toEqual({
      id: 'hanako',
      displayName: '山田 花子',
      nameReading: 'やまだ はなこ',
      company: 'Mirai Labs',
      matchedTopic: null,
    });
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(ids(index, '')).toEqual([]);
    expect(ids(index, ' ?! ')).toEqual([]);
  });
});

describe('PeopleSearchIndex encounters', () => {
  const encounters = new Map([
    [
      'taro',
      { events: 'RustFest 2026 Rust Tokyo Shibuya', notes: 'Talked about WASM in the browser' },
    ],
  ]);
  const index = PeopleSearchIndex.empty();
  index.putAll([hanako, garcia, { ...taro, links: ['https://github.com/taro-s'] }], labelOf, (id) =>
    encounters.get(id),
  );

  it('finds a person by the events they were met at and what was noted', () => {
    expect(ids(index, 'the person I talked to about WASM at RustFest')).toEqual(['taro']);
    expect(ids(index, 'shibuya')).toEqual(['taro']);
    expect(ids(index, 'rust tokyo')).toEqual(['taro']);
  });

  it('finds a person by their links', () => {
    expect(ids(index, 'taro-s')).toEqual(['taro']);
    expect(ids(index, 'github')).toEqual(['taro']);
  });

  it('forgets encounters when the person is indexed without them', () => {
    index.put(taro, labelOf);
    expect(ids(index, 'rustfest')).toEqual([]);
  });
});

describe('PeopleSearchIndex updates', () => {
  it('does not index trashed people and drops a person when trashed', () => {
    const index = indexOf(hanako, { ...taro, deletedAt: 5 });
    expect(ids(index, 'taro')).toEqual([]);
    index.put({ ...hanako, deletedAt: 9 }, labelOf);
    expect(ids(index, 'hanako')).toEqual([]);
    expect(ids(index, 'ha')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('replaces what it knew about a person when the person changes', () => {
    const index = indexOf(taro);
    index.put({ ...taro, displayName: 'Taro Tanaka', familyName: 'Tanaka' }, labelOf);
    expect(ids(index, 'suzuki')).toEqual([]);
    expect(ids(index, 'tanaka')).toEqual(['taro']);
    expect(ids(index, 'ta')).toEqual(['taro']);
    expect(index.size).toBe(1);
  });

  it('removes a person from both the full-text and the short-query paths', () => {
    const index = indexOf(hanako, taro);
    index.remove('hanako');
    expect(ids(index, 'hanako')).toEqual(['taro']);
    expect(ids(index, '山')).toEqual([]);
    expect(ids(index, 'taro')).toEqual(['taro']);
  });

  it('indexes a large batch the same way as one person at a time', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      personFixture({ id: `p${i}`, displayName: `Person${i} Example`, emails: [`p${i}@x.org`] }),
    );
    const bulk = indexOf(...many);
    const oneByOne = PeopleSearchIndex.empty();
    for (const person of many) oneByOne.put(person, keyAsLabel);
    for (const query of ['p', 'pe', 'person12', 'example', 'p29']) {
      expect(ids(bulk, query)).toEqual(ids(oneByOne, query));
    }
    expect(ids(bulk, 'person299')[0]).toBe('p299');
  });
});

describe('PeopleSearchIndex persistence', () => {
  it('answers the same after a round trip through JSON', () => {
    const index = indexOf(hanako, garcia, taro);
    const restored = PeopleSearchIndex.restore(JSON.parse(JSON.stringify(index.serialise())));
    expect(restored).not.toBeNull();
    for (const query of ['山田', 'ヤマダ', 'garsia', 'ruby on rails', 'ta', 'yamada']) {
      expect(restored?.search(query)).toEqual(index.search(query));
    }
    restored?.put({ ...garcia, displayName: 'María López', familyName: 'López' }, labelOf);
    expect(restored?.search('lopez').map((hit) => hit.id)).toEqual(['garcia']);
  });

  it('refuses an index written in another format', () => {
    const serialised = indexOf(hanako).serialise();
    expect(
      PeopleSearchIndex.restore({ ...serialised, format: SEARCH_INDEX_FORMAT + 1 }),
    ).toBeNull();
  });
});
