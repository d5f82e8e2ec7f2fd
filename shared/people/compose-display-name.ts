// A person's display name from its parts. Latin names read given-first ("Ada Lovelace"); Japanese
// names family-first. Both keep a space between the parts (山田 花子), as Japanese address books
// and connpass exports commonly do, so the parts stay recoverable and searchable separately.
import type { NameOrder } from '../domain/entities';

export function composeDisplayName(given: string, family: string, order: NameOrder): string {
  const parts = order === 'family-given' ? [family, given] : [given, family];
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}
