import { describe, expect, it } from 'vitest';
import type { Command } from './command-registry';
import { filterCommands, foldForMatching } from './match-commands';

const command = (id: string, title: string, keywords?: string[]): Command => ({
  id,
  title,
  keywords,
  section: 'test',
  run: () => {},
});

const commands = [
  command('people', 'Go to People', ['人物へ移動']),
  command('settings', 'Go to Settings', ['設定へ移動']),
  command('sample', 'Load sample data', ['サンプルデータを読み込む']),
  command('language', 'Switch language', ['言語を切り替え']),
];

const ids = (query: string) => filterCommands(commands, query).map((c) => c.id);

describe('foldForMatching', () => {
  it('folds width, case and katakana so Japanese input matches however it was typed', () => {
    expect(foldForMatching('ｻﾝﾌﾟﾙ')).toBe(foldForMatching('さんぷる'));
    expect(foldForMatching('サンプル')).toBe('さんぷる');
    expect(foldForMatching('ＳＥＴＴＩＮＧＳ')).toBe('settings');
  });
});

describe('filterCommands', () => {
  it('lists every command in registration order for an empty query', () => {
    expect(ids('')).toEqual(['people', 'settings', 'sample', 'language']);
    expect(ids('   ')).toEqual(['people', 'settings', 'sample', 'language']);
  });

  it('finds a command by a word of its title, case-insensitively', () => {
    expect(ids('settings')).toEqual(['settings']);
    expect(ids('SAMPLE')).toEqual(['sample']);
  });

  it('ranks a title that starts with the query above one that merely contains it', () => {
    const ranked = filterCommands(
      [command('a', 'Show the sample'), command('b', 'Sample data')],
      'sample',
    );
    expect(ranked.map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('tolerates skipped letters ("gtp" finds "Go to People")', () => {
    expect(ids('gtp')).toEqual(['people']);
  });

  it('finds commands by their Japanese keywords, in hiragana, katakana or kanji', () => {
    expect(ids('設定')).toEqual(['settings']);
    expect(ids('さんぷる')).toEqual(['sample']);
    expect(ids('ｻﾝﾌﾟﾙ')).toEqual(['sample']);
  });

  it('returns nothing when nothing matches', () => {
    expect(ids('zzz')).toEqual([]);
  });
});
