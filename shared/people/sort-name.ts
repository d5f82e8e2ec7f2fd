// The key the people list sorts by, through the [deletedAt+sortName] index. IndexedDB compares
// strings by UTF-16 code unit, so the key is built to make that order match what a person expects
// (Intl.Collator('ja')):
// - the reading when there is one (katakana folded to hiragana), else the display name, so
//   Japanese names sort by kana (あ before か before さ) instead of by kanji code point;
// - NFKC, lower case, single spaces;
// - a folded "base" first: Latin diacritics removed (é → e, ł → l, ß → ss), kana voicing marks
//   removed (ご → こ) and small kana made large (ゃ → や), so Émile sorts among the e's and ごとう
//   before こばやし. When folding changed anything, the unfolded text follows after U+0001, which
//   is below every character of a name: Jose before José, かとう before がとう.
// One known difference remains: names that differ only by small against large kana (ゆっき,
// ゆつき) sort large first here, small first in Intl.Collator. Such pairs are vanishingly rare.
import { foldKatakanaToHiragana } from './fold-kana';

/** Letters without a Unicode decomposition, folded the way collation treats them. */
const LATIN_LETTER_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/** Combining marks: Latin diacritics (U+0300–U+036F) and the kana (semi-)voiced sound marks. */
const FOLDED_MARKS = /[\u0300-\u036f\u3099\u309a]/g;
const UNDECOMPOSABLE_LATIN = /[łøđðħıßæœþ]/g;
/** Small hiragana whose large form is the next code point: ぁ→あ … っ→つ, ゃ→や, ゎ→わ. */
const SMALL_KANA = /[ぁぃぅぇぉっゃゅょゎ]/g;
const TIE_BREAK = '\u0001';

function baseLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(FOLDED_MARKS, '')
    .replace(UNDECOMPOSABLE_LATIN, (letter) => LATIN_LETTER_FOLDS[letter] ?? letter)
    .replace(SMALL_KANA, (kana) => String.fromCharCode(kana.charCodeAt(0) + 1))
    .normalize('NFC');
}

export function sortNameOf(nameReading: string, displayName: string): string {
  const source = nameReading.trim() !== '' ? nameReading : displayName;
  const text = foldKatakanaToHiragana(source.normalize('NFKC'))
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
  const base = baseLetters(text);
  return base === text ? text : `${base}${TIE_BREAK}${text}`;
}
