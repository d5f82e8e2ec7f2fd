// The derived fields of a person (see shared/domain/entities.ts), recomputed on every write of a
// person (renderer/data/derived/person-fields) and by duplicate look-ups: keys for e-mails,
// profile links and names (see name-match-keys), and the sort key of the people list (see
// sort-name: the kana reading when there is one, folded so that the index sorts as people expect).
import type { Person } from '../domain/entities';
import { nameMatchKeys } from './name-match-keys';
import { normaliseProfileUrl } from './normalise-profile-url';
import { sortNameOf } from './sort-name';

export { sortNameOf };

export type PersonKeySource = Pick<
  Person,
  'emails' | 'links' | 'nameReading' | 'displayName' | 'givenName' | 'familyName'
>;
export type DerivedPersonKeys = Pick<Person, 'emailKeys' | 'linkKeys' | 'nameKeys' | 'sortName'>;

function uniqueNonEmpty(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const value of values) if (value !== '') seen.add(value);
  return [...seen];
}

export function emailKey(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

export function derivePersonKeys(person: PersonKeySource): DerivedPersonKeys {
  return {
    emailKeys: uniqueNonEmpty(person.emails.map(emailKey)),
    linkKeys: uniqueNonEmpty(person.links.map(normaliseProfileUrl)),
    nameKeys: nameMatchKeys(person),
    sortName: sortNameOf(person.nameReading, person.displayName),
  };
}
