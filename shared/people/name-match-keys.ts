// Keys under which two spellings of one person's name meet, for duplicate detection:
// "Aiko Tanaka", "tanaka aiko", "TANAKA Aiko"; "山田 花子" and "山田花子"; readings "ヤマダ ハナコ"
// and "やまだはなこ". Case, width, spaces, middle dots and Latin accents do not count; the order of
// given and family name does not either. Kana keep their dakuten (が is not か).
import { foldKatakanaToHiragana } from './fold-kana';

export interface NameMatchSource {
  displayName: string;
  givenName: string;
  familyName: string;
  nameReading: string;
}

const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const SPACES_AND_DOTS = /[\s・･.·]+/g;

export function compactName(text: string): string {
  return foldKatakanaToHiragana(
    text.normalize('NFKD').replace(LATIN_DIACRITICS, '').normalize('NFKC').toLowerCase(),
  ).replace(SPACES_AND_DOTS, '');
}

/** Keys prefixed by kind: `n:` names, `r:` readings. Empty parts give no key. */
export function nameMatchKeys(source: NameMatchSource): string[] {
  const keys = new Set<string>();
  const add = (prefix: string, text: string) => {
    const compact = compactName(text);
    if (compact !== '') keys.add(prefix + compact);
  };
  add('n:', source.displayName);
  if (source.givenName.trim() !== '' && source.familyName.trim() !== '') {
    add('n:', source.givenName + source.familyName);
    add('n:', source.familyName + source.givenName);
  }
  const readingParts = source.nameReading.trim().split(/\s+/);
  add('r:', source.nameReading);
  if (readingParts.length === 2) add('r:', readingParts[1] + readingParts[0]);
  return [...keys];
}
