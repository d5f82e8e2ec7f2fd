// Version 2: the persisted search index (one row per index, see shared/search), so that start-up
// restores it instead of re-indexing everyone. Additive: no existing table changes.
import type { Migration } from './migration';

export const v002SearchIndex: Migration = {
  version: 2,
  stores: { searchIndex: 'id' },
};
