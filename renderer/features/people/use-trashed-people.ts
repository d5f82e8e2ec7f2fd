// The people in the trash, most recently deleted first, from the deletedAt index (live people
// have deletedAt 0, so "above 0" is exactly the trash). At most TRASH_PAGE rows are loaded, with
// the total, so a trash holding thousands still opens at once.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';
import { numbersAbove } from '../../db/number-ranges';

export const TRASH_PAGE = 200;

export interface TrashedPeople {
  people: Person[];
  total: number;
}

export async function loadTrashedPeople(db: HallwayDatabase): Promise<TrashedPeople> {
  const inTrash = numbersAbove(db.people.where('deletedAt'), 0);
  const [people, total] = await Promise.all([
    inTrash.clone().reverse().limit(TRASH_PAGE).toArray(),
    inTrash.clone().count(),
  ]);
  return { people, total };
}

export function useTrashedPeople(): TrashedPeople | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadTrashedPeople(db), [db]);
}
