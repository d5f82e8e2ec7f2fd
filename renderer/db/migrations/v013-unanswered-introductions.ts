// Version 13: unansweredIntroductions, the introductions made and awaiting an outcome keyed by
// [at, id] (when made), so the Today view counts and pages rule 3's check-ins by primary-key range
// instead of reading every made introduction. Filled here once; from then on the write path keeps
// it (see renderer/data/derived/unanswered-introductions).
import type { Introduction } from '../../../shared/domain/entities';
import { unansweredIntroductionOf } from '../../../shared/follow-ups/introduction-check-in-rule';
import type { Migration } from './migration';

export const v013UnansweredIntroductions: Migration = {
  version: 13,
  stores: { unansweredIntroductions: '[at+id]' },
  upgrade: async (tx) => {
    const made = await tx
      .table<Introduction, string>('introductions')
      .where('status')
      .equals('made')
      .toArray();
    await tx
      .table('unansweredIntroductions')
      .bulkPut(made.flatMap((introduction) => unansweredIntroductionOf(introduction) ?? []));
  },
};
