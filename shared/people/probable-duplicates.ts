// Which existing people are probably the person being created or edited. Strong signals are a
// shared e-mail or profile URL; a matching name or reading is weaker (two people can share a
// name), so it ranks below them. The renderer fetches candidates through indexes; this decides.
import type { Person } from '../domain/entities';
import { emailKey } from './derive-person-keys';
import { nameMatchKeys, type NameMatchSource } from './name-match-keys';
import { normaliseProfileUrl } from './normalise-profile-url';

export type DuplicateReason = 'email' | 'profile-url' | 'name' | 'reading';

export interface DuplicateCandidate extends NameMatchSource {
  emails: readonly string[];
  links: readonly string[];
}

export interface ProbableDuplicate {
  person: Person;
  reasons: DuplicateReason[];
  /** What matched, as the user typed it on the existing person (an e-mail, a URL or a name). */
  matched: string[];
}

const REASON_WEIGHT: Record<DuplicateReason, number> = {
  email: 8,
  'profile-url': 8,
  reading: 2,
  name: 3,
};

export function findProbableDuplicates(
  candidate: DuplicateCandidate,
  existing: readonly Person[],
  options: { excludeId?: string } = {},
): ProbableDuplicate[] {
  const emails = new Set(candidate.emails.map(emailKey).filter((key) => key !== ''));
  const links = new Set(candidate.links.map(normaliseProfileUrl).filter((key) => key !== ''));
  const names = new Set(nameMatchKeys(candidate));
  const found: ProbableDuplicate[] = [];
  for (const person of existing) {
    if (person.id === options.excludeId || person.deletedAt !== 0) continue;
    const matches = new Map<DuplicateReason, string[]>();
    const note = (reason: DuplicateReason, values: string[]) => {
      if (values.length > 0) matches.set(reason, values);
    };
    note(
      'email',
      person.emails.filter((email) => emails.has(emailKey(email))),
    );
    note(
      'profile-url',
      person.links.filter((link) => links.has(normaliseProfileUrl(link))),
    );
    const sameNameKeys = nameMatchKeys(person).filter((key) => names.has(key));
    if (sameNameKeys.some((key) => key.startsWith('n:'))) note('name', [person.displayName]);
    if (sameNameKeys.some((key) => key.startsWith('r:'))) note('reading', [person.nameReading]);
    if (matches.size > 0) {
      found.push({
        person,
        reasons: [...matches.keys()],
        matched: [...new Set([...matches.values()].flat())],
      });
    }
  }
  const weight = (duplicate: ProbableDuplicate) =>
    duplicate.reasons.reduce((sum, reason) => sum + REASON_WEIGHT[reason], 0);
  return found.sort((a, b) => weight(b) - weight(a) || b.person.updatedAt - a.person.updatedAt);
}
