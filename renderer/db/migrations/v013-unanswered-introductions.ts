// Version 13: unansweredIntroductions, the introductions made and awaiting an outcome keyed by
// [at, id] (when made), so the Today view counts and pages rule 3's check-ins by primary-key range
// instead of reading every made introduction. A derived table: filled by the rebuild of derived
// data at start (renderer/data/rebuild-derived) and kept on every write after.
import type { Migration } from './migration';

export const v013UnansweredIntroductions: Migration = {
  version: 13,
  stores: { unansweredIntroductions: '[at+id]' },
};
