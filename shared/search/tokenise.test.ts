import { describe, expect, it } from 'vitest';
import { isCjkTerm, normaliseForSearch, tokenise } from './tokenise';

describe('normaliseForSearch', () => {
  it('folds full-width and half-width katakana to hiragana', () => {
    expect(normaliseForSearch('ヤマダ')).toBe('やまだ');
    expect(normaliseForSearch('ﾔﾏﾀﾞ')).toBe('やまだ');
    expect(normaliseForSearch('ガッコウ')).toBe('がっこう');
  });

  it('lower-cases, applies NFKC and folds Latin diacritics', () => {
    expect(normaliseForSearch('García')).toBe('garcia');
    expect(normaliseForSearch('ＹＡＭＡＤＡ')).toBe('yamada');
    expect(normaliseForSearch('Ærøskøbing Zoë')).toBe('ærøskøbing zoe');
  });

  it('keeps dakuten on kana while folding accents', () => {
    expect(normaliseForSearch('ガルシア García')).toBe('がるしあ garcia');
  });
});

describe('tokenise', () => {
  it('cuts Latin text into lower-case words, dropping punctuation', () => {
    expect(tokenise('Hello, World! (Rails/Rust) 2024')).toEqual([
      'hello',
      'world',
      'rails',
      'rust',
      '2024',
    ]);
  });

  it('keeps apostrophe names together and language names like C++ and C#', () => {
    expect(tokenise("O'Brien likes C++ and C#.")).toEqual(['obrien', 'likes', 'c++', 'and', 'c#']);
  });

  it('cuts CJK runs into overlapping bigrams and keeps a single character as it is', () => {
    expect(tokenise('山田花子')).toEqual(['山田', '田花', '花子']);
    expect(tokenise('山田 花子')).toEqual(['山田', '花子']);
    expect(tokenise('林')).toEqual(['林']);
  });

  it('gives the same terms for kanji-free kana in any width', () => {
    const expected = ['やま', 'まだ'];
    expect(tokenise('やまだ')).toEqual(expected);
    expect(tokenise('ヤマダ')).toEqual(expected);
    expect(tokenise('ﾔﾏﾀﾞ')).toEqual(expected);
  });

  it('splits mixed Latin and Japanese text at the script boundary', () => {
    expect(tokenise('Rails開発')).toEqual(['rails', '開発']);
    expect(tokenise('React勉強会で登壇')).toEqual([
      'react',
      '勉強',
      '強会',
      '会で',
      'で登',
      '登壇',
    ]);
  });

  it('keeps an e-mail address whole and also yields its parts', () => {
    expect(tokenise('Hanako.Yamada@Example.com')).toEqual([
      'hanako.yamada@example.com',
      'hanako',
      'yamada',
      'example',
      'com',
    ]);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(tokenise('  —!?  ')).toEqual([]);
    expect(tokenise('')).toEqual([]);
  });
});

describe('isCjkTerm', () => {
  it('tells CJK terms from Latin ones', () => {
    expect(isCjkTerm('山田')).toBe(true);
    expect(isCjkTerm('やま')).toBe(true);
    expect(isCjkTerm('yamada')).toBe(false);
  });
});
