// unansweredIntroductions: the introductions rule 3 may follow (made, live, no outcome yet), keyed
// by [at, id] (see unansweredIntroductionOf in shared/follow-ups/introduction-check-in-rule), for
// the Today view to count and page through by primary key. Each row stands for one introduction
// alone, so it is kept from the introductions a write changed with no read: the row stored for one
// is what its row before the write derives to (an introduction the write created has none). Key
// changes are reported to the week counts (queue-week-counts).
import type { Introduction } from '../../../shared/domain/entities';
import {
  unansweredIntroductionOf,
  type UnansweredIntroduction,
} from '../../../shared/follow-ups/introduction-check-in-rule';
import type { WriteTransaction } from '../write-transaction';
import type { DerivedModule } from './derived-module';
import { countQueueChange, countQueueCleared, type QueueKey } from './queue-week-counts';

const QUEUE = 'unansweredIntroductions';

const rowOf = (introduction: Introduction | undefined) =>
  introduction && unansweredIntroductionOf(introduction);

const keyOf = (row: UnansweredIntroduction): QueueKey => [row.at, row.id];

/** Whether two queue rows hold the same fields (`at` and `id` aside, which make the key). */
const sameRow = (a: UnansweredIntroduction, b: UnansweredIntroduction) =>
  a.aId === b.aId &&
  a.bId === b.bId &&
  a.madeAt === b.madeAt &&
  a.outcome === b.outcome &&
  JSON.stringify(a.statusDates) === JSON.stringify(b.statusDates);

async function applyUnansweredIntroductions(write: WriteTransaction): Promise<void> {
  const queue = write.db.unansweredIntroductions;
  if (write.changes.cleared('introductions')) {
    await queue.clear();
    countQueueCleared(write, QUEUE);
  }
  const gone: QueueKey[] = [];
  const added: QueueKey[] = [];
  const puts: UnansweredIntroduction[] = [];
  for (const { before, after } of write.changes.of('introductions')) {
    const was = rowOf(before);
    const is = rowOf(after);
    const sameKey = was !== undefined && is !== undefined && was.at === is.at;
    if (was && !sameKey) gone.push(keyOf(was));
    if (is && !sameKey) added.push(keyOf(is));
    // The same key with other fields (the people introduced, say) is rewritten in place.
    if (is && !(sameKey && sameRow(was, is))) puts.push(is);
  }
  if (gone.length === 0 && puts.length === 0) return;
  await queue.bulkDelete(gone as [number, string][]);
  await queue.bulkPut(puts);
  countQueueChange(write, QUEUE, gone, added);
}

export const unansweredIntroductionsModule: DerivedModule = {
  name: 'unanswered introductions',
  tables: [QUEUE],
  apply: async (write) => {
    if (write.changes.touched('introductions')) await applyUnansweredIntroductions(write);
  },
  rebuild: ({ introductions }) => ({
    tables: {
      unansweredIntroductions: introductions.flatMap(
        (introduction) => unansweredIntroductionOf(introduction) ?? [],
      ),
    },
  }),
};
