import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivePersonKeys, sortNameOf, type PersonKeySource } from './derive-person-keys';

const person = (overrides: Partial<PersonKeySource>): PersonKeySource => ({
  emails: [],
  links: [],
  nameReading: '',
  displayName: '',
  givenName: '',
  familyName: '',
  ...overrides,
});

describe('derivePersonKeys', () => {
  it('trims, lower-cases and de-duplicates e-mails, dropping blanks', () => {
    const keys = derivePersonKeys(
      person({
        emails: [' Ada@Example.COM ', 'ada@example.com', '', 'ａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
      }),
    );
    expect(keys.emailKeys).toEqual(['ada@example.com']);
  });

  it('reduces profile links to comparable keys', () => {
    const keys = derivePersonKeys(
      person({
        links: [
          'https://www.linkedin.com/in/Ada-Lovelace/',
          'linkedin.com/in/ada-lovelace?trk=profile',
          'https://github.com/AdaL',
        ],
      }),
    );
    expect(keys.linkKeys).toEqual(['linkedin.com/in/ada-lovelace', 'github.com/adal']);
  });

  it('gives one name key to both name orders and one reading key to katakana and hiragana', () => {
    const hanako = derivePersonKeys(
      person({
        displayName: '山田 花子',
        familyName: '山田',
        givenName: '花子',
        nameReading: 'ヤマダ ハナコ',
      }),
    );
    const typedOtherwise = derivePersonKeys(
      person({ displayName: '花子山田', nameReading: 'やまだはなこ' }),
    );
    expect(hanako.nameKeys).toEqual(
      expect.arrayContaining(['n:山田花子', 'n:花子山田', 'r:やまだはなこ']),
    );
    expect(typedOtherwise.nameKeys.filter((key) => hanako.nameKeys.includes(key))).toEqual([
      'n:花子山田',
      'r:やまだはなこ',
    ]);
    expect(derivePersonKeys(person({})).nameKeys).toEqual([]);
  });

  it('sorts Japanese names by their reading, katakana folded to hiragana', () => {
    const katakana = derivePersonKeys(
      person({ displayName: '山田 花子', nameReading: 'ヤマダ ハナコ' }),
    );
    const hiragana = derivePersonKeys(
      person({ displayName: '山田 花子', nameReading: 'やまだ はなこ' }),
    );
    const halfWidth = derivePersonKeys(
      person({ displayName: '山田 花子', nameReading: 'ﾔﾏﾀﾞ ﾊﾅｺ' }),
    );
    expect(katakana.sortName).toBe(sortNameOf('やまだ はなこ', ''));
    expect(hiragana.sortName).toBe(katakana.sortName);
    expect(halfWidth.sortName).toBe(katakana.sortName);
    expect(katakana.sortName.endsWith('やまだ はなこ')).toBe(true);
  });

  it('sorts by the lower-cased display name when there is no reading', () => {
    expect(derivePersonKeys(person({ displayName: '  Ada   Lovelace ' })).sortName).toBe(
      'ada lovelace',
    );
    expect(derivePersonKeys(person({ displayName: 'Ａｄａ', nameReading: '  ' })).sortName).toBe(
      'ada',
    );
  });

  it('puts あ before か before さ, as a Japanese address book does', () => {
    const names = ['さとう', 'あべ', 'かとう'].map((reading) => sortNameOf(reading, ''));
    expect([...names].sort()).toEqual([sortNameOf('あべ', ''), 'かとう', 'さとう']);
  });

  it('derives keys that are stable when derived again from themselves', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), (emails, reading) => {
        const once = derivePersonKeys(person({ emails, nameReading: reading }));
        const twice = derivePersonKeys(person({ emails: once.emailKeys, nameReading: reading }));
        expect(twice.emailKeys).toEqual(once.emailKeys);
        expect(new Set(once.emailKeys).size).toBe(once.emailKeys.length);
        expect(once.emailKeys).not.toContain('');
      }),
    );
  });
});
