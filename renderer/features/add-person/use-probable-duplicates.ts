// Who the person being added or edited probably already is. Candidates come through the people
// table's multi-entry indexes (emailKeys, linkKeys, nameKeys: a few rows, never a scan of 50,000
// people); findProbableDuplicates decides and explains.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../shared/domain/entities';
import { emailKey } from '../../../shared/people/derive-person-keys';
import { nameMatchKeys } from '../../../shared/people/name-match-keys';
import { normaliseProfileUrl } from '../../../shared/people/normalise-profile-url';
import {
  findProbableDuplicates,
  type DuplicateCandidate,
  type ProbableDuplicate,
} from '../../../shared/people/probable-duplicates';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';

const CANDIDATES_PER_INDEX = 20;

const keysOf = (values: readonly string[], keyOf: (value: string) => string) =>
  [...new Set(values.map(keyOf))].filter((key) => key !== '');

export async function probableDuplicatesOf(
  db: HallwayDatabase,
  candidate: DuplicateCandidate,
  excludeId?: string,
): Promise<ProbableDuplicate[]> {
  const lookUps: [string, string[]][] = [
    ['emailKeys', keysOf(candidate.emails, emailKey)],
    ['linkKeys', keysOf(candidate.links, normaliseProfileUrl)],
    ['nameKeys', nameMatchKeys(candidate)],
  ];
  const found = await Promise.all(
    lookUps
      .filter(([, keys]) => keys.length > 0)
      .map(([index, keys]) =>
        db.people.where(index).anyOf(keys).limit(CANDIDATES_PER_INDEX).toArray(),
      ),
  );
  const byId = new Map<string, Person>(found.flat().map((person) => [person.id, person]));
  return findProbableDuplicates(candidate, [...byId.values()], { excludeId });
}

/** Live: re-checked whenever the candidate or the people concerned change. */
export function useProbableDuplicates(
  candidate: DuplicateCandidate,
  excludeId?: string,
): ProbableDuplicate[] {
  const db = useDatabase();
  const signature = JSON.stringify(candidate);
  return (
    useLiveQuery(
      () => probableDuplicatesOf(db, JSON.parse(signature) as DuplicateCandidate, excludeId),
      [db, signature, excludeId],
    ) ?? []
  );
}
