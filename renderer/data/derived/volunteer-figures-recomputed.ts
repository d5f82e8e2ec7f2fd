// Test support for the volunteer figures module: its stored tables beside what its rebuild
// computes from the stored shifts and people, each in a stable order. Used by tests only.
import type { HallwayDatabase } from '../../db/database';
import { volunteerFiguresModule } from './volunteer-figures';

const byPerson = (a: { personId: string }, b: { personId: string }) =>
  a.personId < b.personId ? -1 : 1;
const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

export async function storedAndRebuilt(db: HallwayDatabase) {
  const { tables = {} } = volunteerFiguresModule.rebuild(
    {
      people: await db.people.toArray(),
      interactions: [],
      introductions: [],
      volunteerShifts: await db.volunteerShifts.toArray(),
    },
    {},
  );
  return {
    stored: {
      volunteerFigures: (await db.volunteerFigures.toArray()).sort(byPerson),
      volunteerStandings: (await db.volunteerStandings.toArray()).sort(byKey),
    },
    rebuilt: {
      volunteerFigures: [...(tables.volunteerFigures as { personId: string }[])].sort(byPerson),
      volunteerStandings: [...(tables.volunteerStandings as { key: number }[])].sort(byKey),
    },
  };
}
