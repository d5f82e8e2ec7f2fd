// A person's display name from its parts. Latin names read given-first ("Ada Lovelace"); Japanese
// names family-first. Both keep a space between the parts (山田 花子), as Japanese address books
// and connpass exports commonly do, so the parts stay recoverable and searchable separately.
// When the user does not say, names written in CJK scripts (kanji, kana, hangul) are taken to be
// family-first and everything else given-first.
import type { NameOrder } from '../domain/entities';

export function composeDisplayName(given: string, family: string, order: NameOrder): string {
  const parts = order === 'family-given' ? [family, given] : [given, family];
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

const FAMILY_FIRST_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]/;

export function likelyNameOrder(given: string, family: string): NameOrder {
  return FAMILY_FIRST_SCRIPT.test(given + family) ? 'family-given' : 'given-family';
}
