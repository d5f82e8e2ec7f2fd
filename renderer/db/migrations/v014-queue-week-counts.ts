// Version 14: queueWeekCounts, how many rows each Today queue holds per week (see
// shared/follow-ups/queue-week-counts), so a section spanning many weeks is counted from a few
// small records instead of walking every entry. A derived table: counted by the rebuild of derived
// data at start (renderer/data/rebuild-derived) and kept on every write after.
import type { Migration } from './migration';

export const v014QueueWeekCounts: Migration = {
  version: 14,
  stores: { queueWeekCounts: '[queue+week]' },
};
