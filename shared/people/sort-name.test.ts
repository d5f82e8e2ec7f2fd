import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortNameOf } from './sort-name';

/** How IndexedDB orders string keys: by UTF-16 code unit. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const collator = new Intl.Collator('ja');

interface Named {
  displayName: string;
  nameReading: string;
}

const LATIN = [
  'Émile Zola',
  'Emma Stone',
  'Zoë Saldana',
  'José García',
  'Jose Garcia',
  'Joseph Gordon',
  'Ángel López',
  'Angela Merkel',
  'Łukasz Kowalski',
  'Lucas Martin',
  'Øystein Hansen',
  'Oliver Moreau',
  "Sinéad O'Connor",
  'Anne-Marie Dubois',
  'Anne Marie Smith',
  'Müller Hoffmann',
  'Mueller Hans',
  'Çelik Ayşe',
  'Celine Dion',
  'Straße Anna',
  'ada lovelace',
  'Grace Hopper',
];

const JAPANESE: Named[] = [
  { displayName: '後藤 太郎', nameReading: 'ごとう たろう' },
  { displayName: '小林 花子', nameReading: 'コバヤシ ハナコ' },
  { displayName: '加藤 健', nameReading: 'かとう けん' },
  { displayName: '佐藤 優', nameReading: 'さとう ゆう' },
  { displayName: '斎藤 勇気', nameReading: 'さいとう ゆうき' },
  { displayName: '坂井 由紀', nameReading: 'さかい ゆき' },
  { displayName: '馬場 翔', nameReading: 'ばば しょう' },
  { displayName: '原 京子', nameReading: 'はら きょうこ' },
  { displayName: '朴 智恩', nameReading: 'ぱく ちうん' },
  { displayName: '橋本 学', nameReading: 'はしもと まなぶ' },
  { displayName: '山田 花子', nameReading: 'ﾔﾏﾀﾞ ﾊﾅｺ' },
  { displayName: '安部 直子', nameReading: 'あべ なおこ' },
  { displayName: '渡辺 陽子', nameReading: 'わたなべ ようこ' },
  { displayName: '今日 客', nameReading: 'きょう きゃく' },
  { displayName: '清 綾', nameReading: 'きよ あや' },
];

const MIXED: Named[] = [
  ...LATIN.map((displayName) => ({ displayName, nameReading: '' })),
  ...JAPANESE,
];

/** What a person reads: the reading folded to hiragana (as the list shows it), else the name. */
function readable({ displayName, nameReading }: Named): string {
  return nameReading.trim() !== ''
    ? nameReading
        .normalize('NFKC')
        .replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60))
    : displayName.toLowerCase();
}

describe('sortNameOf', () => {
  it('orders a mixed list of Latin and Japanese names as Intl.Collator("ja") does', () => {
    const byIndex = [...MIXED]
      .sort((a, b) =>
        byCodeUnit(
          sortNameOf(a.nameReading, a.displayName),
          sortNameOf(b.nameReading, b.displayName),
        ),
      )
      .map(readable);
    const byCollator = MIXED.map(readable).sort(collator.compare);

    expect(byIndex).toEqual(byCollator);
  });

  it('sorts accented Latin names among their base letters, not after z', () => {
    const names = ['Zoe', 'Émile', 'Eve', 'Adam'].map((name) => sortNameOf('', name));
    expect([...names].sort(byCodeUnit).map((name) => name.split('\u0001').at(-1))).toEqual([
      'adam',
      'émile',
      'eve',
      'zoe',
    ]);
  });

  it('sorts voiced kana among their unvoiced ones: ごとう before こばやし', () => {
    const names = ['こばやし', 'ごとう', 'かとう'].map((reading) => sortNameOf(reading, ''));
    expect([...names].sort(byCodeUnit).map((name) => name.split('\u0001').at(-1))).toEqual([
      'かとう',
      'ごとう',
      'こばやし',
    ]);
  });

  it('keeps a name that needs no folding as it is', () => {
    expect(sortNameOf('', '  Ada   Lovelace ')).toBe('ada lovelace');
    expect(sortNameOf('サトウ ハナコ', '佐藤 花子')).toBe('さとう はなこ');
  });

  it('is stable: the same name always gives the same key, and equal text equal keys', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (reading, name) => {
        expect(sortNameOf(reading, name)).toBe(sortNameOf(reading, name));
        expect(sortNameOf(reading, name)).toBe(sortNameOf(reading.normalize('NFKC'), name));
      }),
    );
  });
});
