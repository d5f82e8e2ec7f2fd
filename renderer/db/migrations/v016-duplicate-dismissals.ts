// Version 16: duplicateDismissals, the pairs from "Find duplicates" the user said are not the same
// person (additive: a new source table keyed by the pair's key; no other index, "Find duplicates"
// reads them all at once).
import type { Migration } from './migration';

export const v016DuplicateDismissals: Migration = {
  version: 16,
  stores: {
    duplicateDismissals: 'pairKey',
  },
};
