// people.lastContactAt, the time of a person's newest live interaction (0 when none): the latest
// interactions module keeps it with its rows (docs/architecture.md, "Derived data"). A derived
// field, so its patch leaves updatedAt alone; the person row deriver recomputes nextContactDueAt
// from it on the way in. Checked for everyone whose newest interaction may have changed, and for
// every person row the write created or whose lastContactAt it set (an import, or a whole row put
// from a screen's older copy): rows are only patched where the value differs. A person purged has
// no row to patch; one who does not exist yet gets the value when their row is written.
import type { Person } from '../../../shared/domain/entities';
import type { LatestInteraction } from '../../../shared/follow-ups/latest-interaction';
import type { WriteTransaction } from '../write-transaction';

const lastContactOf = (latest: LatestInteraction | undefined) => latest?.at ?? 0;

/** `latest`: the stored row of each person whose newest interaction may have changed. */
export async function followLastContact(
  write: WriteTransaction,
  latest: ReadonlyMap<string, LatestInteraction | undefined>,
): Promise<void> {
  // The people rows this write left, as stored (undefined: removed).
  const written = new Map<string, Person | undefined>();
  const check = new Set(latest.keys());
  for (const { key, before, after } of write.changes.of('people')) {
    written.set(key, after);
    if (after && before?.lastContactAt !== after.lastContactAt) check.add(key);
  }
  if (check.size === 0) return;
  const unknownLatest = [...check].filter((personId) => !latest.has(personId));
  const readLatest = await write.db.latestInteractions.bulkGet(unknownLatest);
  const newest = new Map(latest);
  unknownLatest.forEach((personId, index) => newest.set(personId, readLatest[index]));
  const unread = [...check].filter((personId) => !written.has(personId));
  const people = new Map(written);
  (await write.db.people.bulkGet(unread)).forEach((person, index) =>
    people.set(unread[index], person),
  );
  const patches = [...check].flatMap((personId) => {
    const person = people.get(personId);
    const lastContactAt = lastContactOf(newest.get(personId));
    return person && person.lastContactAt !== lastContactAt
      ? [{ key: personId, changes: { lastContactAt } }]
      : [];
  });
  await write.patchMany('people', patches);
}

/** The people whose lastContactAt differs from what `latest` (every person's newest) says. */
export function lastContactChanges(
  people: readonly Person[],
  latest: readonly LatestInteraction[],
): Person[] {
  const newest = new Map(latest.map((row) => [row.personId, row]));
  return people.flatMap((person) => {
    const lastContactAt = lastContactOf(newest.get(person.id));
    return person.lastContactAt === lastContactAt ? [] : [{ ...person, lastContactAt }];
  });
}
