// The likely duplicate pairs "Find duplicates" lists, live: read again whenever people or the
// dismissals change, so a merged or dismissed pair leaves the list by itself. Only the first
// SHOWN pairs are listed, with their two people read by key.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../shared/domain/entities';
import type { DuplicatePair } from '../../../shared/people/duplicate-pairs';
import { useDatabase } from '../../app/database-context';
import { readDuplicatePairs } from '../../repositories/duplicate-pairs-repository';

const SHOWN = 100;

export interface ShownDuplicatePair extends DuplicatePair {
  a: Person;
  b: Person;
}

export interface DuplicatePairsView {
  total: number;
  pairs: ShownDuplicatePair[];
}

export function useDuplicatePairs(): DuplicatePairsView | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const all = await readDuplicatePairs(db);
    const shown = all.slice(0, SHOWN);
    const people = await db.people.bulkGet([...new Set(shown.flatMap((p) => [p.aId, p.bId]))]);
    const byId = new Map(people.flatMap((person) => (person ? [[person.id, person]] : [])));
    return {
      total: all.length,
      pairs: shown.flatMap((pair) => {
        const a = byId.get(pair.aId);
        const b = byId.get(pair.bId);
        return a && b ? [{ ...pair, a, b }] : [];
      }),
    };
  }, [db]);
}
