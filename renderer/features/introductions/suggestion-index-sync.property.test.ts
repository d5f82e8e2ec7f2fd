// Whatever the writes to people, a suggestion index that caught up through the change feed
// suggests exactly what an index that read everyone afresh suggests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIVE, type Person } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { runWrite } from '../../data/run-write';
import type { WriteTransaction } from '../../data/write-transaction';
import { HallwayDatabase } from '../../db/database';
import { SuggestionIndexSync } from './suggestion-index-sync';

const IDS = ['a', 'b', 'c', 'd', 'e'];
const TOPICS = ['rails', 'design', 'go'];

const person = fc
  .record({
    id: fc.constantFrom(...IDS),
    interests: fc.subarray(TOPICS),
    offers: fc.subarray(TOPICS),
    asks: fc.subarray(TOPICS),
    trashed: fc.boolean(),
  })
  .map(({ trashed, ...fields }) => personFixture({ ...fields, deletedAt: trashed ? 5 : LIVE }));
const people = (maxLength?: number) =>
  fc.uniqueArray(person, { selector: (row) => row.id, maxLength });

type Step = (write: WriteTransaction) => Promise<unknown>;

const step: fc.Arbitrary<Step> = fc.oneof(
  person.map(
    (row): Step =>
      (write) =>
        write.put('people', [row]),
  ),
  fc.tuple(fc.constantFrom(...IDS), fc.subarray(TOPICS)).map(
    ([id, offers]): Step =>
      (write) =>
        write.patch('people', id, { offers }),
  ),
  fc.tuple(fc.constantFrom(...IDS), fc.boolean()).map(
    ([id, trash]): Step =>
      (write) =>
        write.patch('people', id, { deletedAt: trash ? 9 : LIVE }),
  ),
  fc.constantFrom(...IDS).map(
    (id): Step =>
      (write) =>
        write.remove('people', [id]),
  ),
  people(3).map((rows: Person[]): Step => async (write) => {
    await write.clear('people');
    await write.insert('people', rows);
  }),
);

const write = fc.record({
  steps: fc.array(step, { minLength: 1, maxLength: 3 }),
  /** Whether a question (and so a catch-up) follows the write. */
  ask: fc.boolean(),
});

const suggestions = async (sync: SuggestionIndexSync) => [
  await sync.suggestTopPairs(100),
  ...(await Promise.all(IDS.map((id) => sync.suggestFor(id, 100)))),
];

describe('SuggestionIndexSync following the change feed', () => {
  it('suggests like an index that read everyone afresh, after any writes', async () => {
    await fc.assert(
      fc.asyncProperty(people(), fc.array(write, { maxLength: 6 }), async (initial, writes) => {
        const db = new HallwayDatabase(`suggestion-property-${crypto.randomUUID()}`);
        try {
          await runWrite(db, (tx) => tx.insert('people', initial));
          const following = new SuggestionIndexSync(db);
          await following.start();
          for (const { steps, ask } of writes) {
            await runWrite(db, async (tx) => {
              for (const change of steps) await change(tx);
            });
            if (ask) await following.suggestTopPairs(1);
          }
          const afresh = new SuggestionIndexSync(db);
          await afresh.start();
          expect(await suggestions(following)).toEqual(await suggestions(afresh));
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
