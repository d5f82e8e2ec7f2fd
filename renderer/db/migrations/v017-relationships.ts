// Version 17: relationships, how two people are related as the user says it ("knows", "works
// with"…; shared/domain/entities). Additive: a new source table, indexed by each end so a person's
// page lists theirs without a scan; the network graph reads them all at once.
import type { Migration } from './migration';

export const v017Relationships: Migration = {
  version: 17,
  stores: {
    relationships: 'id, fromId, toId',
  },
};
