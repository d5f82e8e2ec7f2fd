// Version 5: introductionDismissals, the suggested introductions the user dismissed (additive: a
// new table, keyed by the pair's key; aId and bId indexed to find a person's dismissals).
import type { Migration } from './migration';

export const v005IntroductionDismissals: Migration = {
  version: 5,
  stores: {
    introductionDismissals: 'pairKey, aId, bId',
  },
};
