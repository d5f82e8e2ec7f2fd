// Which pairs of people across the whole database are probably one person, and why: the same
// e-mail, the same profile URL, the same name at the same company, or the same reading. The
// renderer reads the people table's multi-entry key indexes in key order (never the rows of
// 50,000 people) and hands over the runs of ids that share a key; this turns them into pairs,
// leaving out trashed people and the pairs the user said are not the same person.
import { compactName } from './name-match-keys';

export type DuplicatePairReason = 'email' | 'profile-url' | 'name-and-company' | 'reading';

export interface DuplicatePair {
  /** The pair, ordered so that aId < bId. */
  aId: string;
  bId: string;
  reasons: DuplicatePairReason[];
}

/** Ids that share one key (an e-mail, a URL, a name), as read from an index in key order. */
export type SharedKeyGroups = Partial<Record<DuplicatePairReason, readonly (readonly string[])[]>>;

/**
 * A key shared by more people than this says nothing about any one of them (a team's info@
 * address, a very common name): such groups are left out instead of giving hundreds of pairs.
 */
export const MAX_GROUP_SIZE = 12;

const REASON_WEIGHT: Record<DuplicatePairReason, number> = {
  email: 8,
  'profile-url': 8,
  'name-and-company': 4,
  reading: 2,
};

export const REASON_ORDER = Object.keys(REASON_WEIGHT) as DuplicatePairReason[];

export function duplicatePairKey(first: string, second: string): string {
  return first < second ? `${first}\u0000${second}` : `${second}\u0000${first}`;
}

/** Runs of equal keys (in key order, as an index yields them) with two or more distinct ids. */
export function groupRuns(entries: Iterable<readonly [key: string, id: string]>): string[][] {
  const groups: string[][] = [];
  let currentKey: string | undefined;
  let current = new Set<string>();
  const close = () => {
    if (current.size > 1) groups.push([...current]);
  };
  for (const [key, id] of entries) {
    if (key !== currentKey) {
      close();
      currentKey = key;
      current = new Set();
    }
    current.add(id);
  }
  close();
  return groups;
}

/** Splits groups of people with the same name by company; no company gives no group. */
export function splitByCompany(
  groups: readonly (readonly string[])[],
  companyOf: (id: string) => string | undefined,
): string[][] {
  return groups.flatMap((group) => {
    const byCompany = new Map<string, string[]>();
    for (const id of group) {
      const company = compactName(companyOf(id) ?? '');
      if (company === '') continue;
      byCompany.set(company, [...(byCompany.get(company) ?? []), id]);
    }
    return [...byCompany.values()].filter((ids) => ids.length > 1);
  });
}

export function findDuplicatePairs(
  groups: SharedKeyGroups,
  options: { isTrashed(id: string): boolean; dismissed: ReadonlySet<string> },
): DuplicatePair[] {
  const pairs = new Map<string, DuplicatePair>();
  for (const reason of REASON_ORDER) {
    for (const group of groups[reason] ?? []) {
      const live = [...new Set(group)].filter((id) => !options.isTrashed(id));
      if (live.length > MAX_GROUP_SIZE) continue;
      for (let i = 0; i < live.length; i += 1) {
        for (let j = i + 1; j < live.length; j += 1) {
          const key = duplicatePairKey(live[i], live[j]);
          if (options.dismissed.has(key)) continue;
          const pair = pairs.get(key);
          if (pair === undefined) {
            const [aId, bId] = live[i] < live[j] ? [live[i], live[j]] : [live[j], live[i]];
            pairs.set(key, { aId, bId, reasons: [reason] });
          } else if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
        }
      }
    }
  }
  const weight = (pair: DuplicatePair) =>
    pair.reasons.reduce((sum, reason) => sum + REASON_WEIGHT[reason], 0);
  // Plain code-unit order after the weight: localeCompare costs seconds on 100,000 pairs.
  const byCodeUnits = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...pairs.values()].sort(
    (x, y) => weight(y) - weight(x) || byCodeUnits(x.aId, y.aId) || byCodeUnits(x.bId, y.bId),
  );
}
