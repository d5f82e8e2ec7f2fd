// Whatever the writes, an index that followed them through the change feed answers exactly like an
// index built from scratch over the stored people and topics.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIVE, type Person, type Topic } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import type { SearchHit } from '../../../shared/search/people-search-index';
import { runWrite } from '../../data/run-write';
import type { WriteTransaction } from '../../data/write-transaction';
import { HallwayDatabase } from '../../db/database';
import { SearchIndexSync } from './search-index-sync';

const IDS = ['a', 'b', 'c', 'd', 'e'];
const NAMES = ['Aiko', 'Ben', 'Cleo', 'Dana'];
const COMPANIES = ['Acme', 'Globex', 'Initech'];
const TOPICS = ['rails', 'design', 'go'];
const LABELS = ['Ruby on Rails', 'Visual Design', 'Golang', 'Rails Framework'];
const QUERIES = ['member', ...NAMES, ...COMPANIES, ...TOPICS, 'ruby', 'visual', 'golang', 'frame'];

const topic = (key: string, label: string): Topic => ({
  key,
  label,
  aliases: [],
  createdAt: 1,
  updatedAt: 1,
});

const person = fc
  .record({
    id: fc.constantFrom(...IDS),
    name: fc.constantFrom(...NAMES),
    company: fc.constantFrom(...COMPANIES),
    interests: fc.subarray(TOPICS),
    trashed: fc.boolean(),
  })
  .map(({ id, name, company, interests, trashed }) =>
    personFixture({
      id,
      displayName: `Member ${name}`,
      company,
      interests,
      deletedAt: trashed ? 5 : LIVE,
    }),
  );
const people = (maxLength?: number) =>
  fc.uniqueArray(person, { selector: (row) => row.id, maxLength });

type Step = (write: WriteTransaction) => Promise<unknown>;
const steps = <T>(values: fc.Arbitrary<T>, toStep: (value: T) => Step) => values.map(toStep);

const step: fc.Arbitrary<Step> = fc.oneof(
  steps(person, (row) => (write) => write.put('people', [row])),
  steps(fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...COMPANIES)), ([id, company]) => {
    return (write) => write.patch('people', id, { company });
  }),
  steps(fc.tuple(fc.constantFrom(...IDS), fc.boolean()), ([id, trash]) => {
    return (write) => write.patch('people', id, { deletedAt: trash ? 9 : LIVE });
  }),
  steps(fc.constantFrom(...IDS), (id) => (write) => write.remove('people', [id])),
  steps(people(3), (rows: Person[]) => async (write) => {
    await write.clear('people');
    await write.insert('people', rows);
  }),
  steps(fc.tuple(fc.constantFrom(...TOPICS), fc.constantFrom(...LABELS)), ([key, label]) => {
    return (write) => write.put('topics', [topic(key, label)]);
  }),
  steps(fc.constantFrom(...TOPICS), (key) => (write) => write.remove('topics', [key])),
  fc.constant((write: WriteTransaction) => write.clear('topics')),
);

/** What is stored before the index starts: people, and every topic with a label. */
const stored = fc.record({
  people: people(),
  labels: fc.tuple(...TOPICS.map(() => fc.constantFrom(...LABELS))),
});

/** A write of one or more steps, and whether the index catches up after it. */
const write = fc.record({
  steps: fc.array(step, { minLength: 1, maxLength: 3 }),
  catchUp: fc.boolean(),
});

const answers = (sync: SearchIndexSync) =>
  QUERIES.map((query) =>
    sync.search(query, 1_000).sort((x: SearchHit, y: SearchHit) => x.id.localeCompare(y.id)),
  );

describe('SearchIndexSync following the change feed', () => {
  it('answers like an index built from scratch after any writes', async () => {
    await fc.assert(
      fc.asyncProperty(stored, fc.array(write, { maxLength: 8 }), async (initial, writes) => {
        const db = new HallwayDatabase(`search-property-${crypto.randomUUID()}`);
        const following = new SearchIndexSync(db, { persistDelayMs: 60_000 });
        const scratch = new SearchIndexSync(db, { persistDelayMs: 60_000 });
        try {
          await runWrite(db, async (tx) => {
            await tx.insert('people', initial.people);
            await tx.insert(
              'topics',
              TOPICS.map((key, index) => topic(key, initial.labels[index]!)),
            );
          });
          await following.start();
          for (const { steps: changes, catchUp } of writes) {
            await runWrite(db, async (tx) => {
              for (const change of changes) await change(tx);
            });
            if (catchUp) await following.refresh();
          }
          await following.refresh();
          await scratch.start();
          expect(following.size).toBe(scratch.size);
          expect(answers(following)).toEqual(answers(scratch));
        } finally {
          following.dispose();
          scratch.dispose();
          await db.delete();
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
