// Live introductions with their two people: all of them for the Introductions screen (there are
// few: the user makes them by hand), or those involving one person through the aId/bId indexes.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type Introduction, type Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';

export interface IntroductionView {
  introduction: Introduction;
  a: Person;
  b: Person;
}

async function withPeople(
  db: HallwayDatabase,
  introductions: readonly Introduction[],
): Promise<IntroductionView[]> {
  const ids = [...new Set(introductions.flatMap(({ aId, bId }) => [aId, bId]))];
  const people = new Map(
    (await db.people.bulkGet(ids))
      .filter((p): p is Person => p !== undefined)
      .map((p) => [p.id, p]),
  );
  return introductions
    .map((introduction) => ({
      introduction,
      a: people.get(introduction.aId),
      b: people.get(introduction.bId),
    }))
    .filter((view): view is IntroductionView => view.a !== undefined && view.b !== undefined)
    .sort((x, y) => y.introduction.updatedAt - x.introduction.updatedAt);
}

export function useAllIntroductions(): IntroductionView[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => withPeople(db, await db.introductions.where('deletedAt').equals(LIVE).toArray()),
    [db],
  );
}

export function useIntroductionsOf(personId: string): IntroductionView[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [asA, asB] = await Promise.all([
      db.introductions.where('aId').equals(personId).toArray(),
      db.introductions.where('bId').equals(personId).toArray(),
    ]);
    return withPeople(
      db,
      [...asA, ...asB].filter((introduction) => introduction.deletedAt === LIVE),
    );
  }, [db, personId]);
}
