// The likely duplicate pairs "Find duplicates" lists, read again after every write: the hook
// watches the change feed's newest sequence number (a liveQuery of one key) and reads the pairs
// outside liveQuery, which would otherwise track each of the ~280,000 index keys the cursors pass
// at 50,000 people. A merged or dismissed pair so leaves the list by itself. Only the first SHOWN
// pairs are listed, with their two people read by key.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/domain/entities';
import type { DuplicatePair } from '../../../shared/people/duplicate-pairs';
import { useDatabase } from '../../app/database-context';
import { latestChangeSeq } from '../../data/change-feed';
import type { HallwayDatabase } from '../../db/database';
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

async function readView(db: HallwayDatabase): Promise<DuplicatePairsView> {
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
}

export function useDuplicatePairs(): DuplicatePairsView | undefined {
  const db = useDatabase();
  const seq = useLiveQuery(() => latestChangeSeq(db), [db]);
  const [view, setView] = useState<DuplicatePairsView>();
  useEffect(() => {
    if (seq === undefined) return;
    let current = true;
    void readView(db).then((read) => {
      if (current) setView(read);
    });
    return () => {
      current = false;
    };
  }, [db, seq]);
  return view;
}
