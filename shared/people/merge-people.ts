// Merging two records of one person: `kept` survives, `other` goes to the trash (the renderer's
// merge re-points interactions, introductions and shifts in the same transaction). Lists are
// united without duplicates (e-mails and URLs compared as their look-up keys), notes are joined,
// and a single value that differs on both sides is a conflict the user decides; an empty side is
// never a conflict. The derived fields (look-up keys, sort name) are left to the write, which
// derives them from the merged fields.
import type { Person, WritablePerson } from '../domain/entities';
import { emailKey } from './derive-person-keys';
import { normaliseProfileUrl } from './normalise-profile-url';

export const MERGE_CHOICE_FIELDS = [
  'displayName',
  'givenName',
  'familyName',
  'nameReading',
  'nameOrder',
  'company',
  'role',
  'location',
  'keepInTouchDays',
] as const;
export type MergeChoiceField = (typeof MERGE_CHOICE_FIELDS)[number];
export type MergeChoices = Partial<Record<MergeChoiceField, 'kept' | 'other'>>;

export interface MergeConflict {
  field: MergeChoiceField;
  kept: Person[MergeChoiceField];
  other: Person[MergeChoiceField];
}

const LIST_FIELDS = ['languages', 'phones', 'interests', 'offers', 'asks'] as const;

function isEmpty(value: Person[MergeChoiceField]): boolean {
  return value === null || value === '';
}

export function mergeConflicts(kept: Person, other: Person): MergeConflict[] {
  return MERGE_CHOICE_FIELDS.filter(
    (field) => !isEmpty(kept[field]) && !isEmpty(other[field]) && kept[field] !== other[field],
  ).map((field) => ({ field, kept: kept[field], other: other[field] }));
}

function uniteBy(values: readonly string[], keyOf: (value: string) => string): string[] {
  const byKey = new Map<string, string>();
  for (const value of values) {
    const key = keyOf(value);
    if (key !== '' && !byKey.has(key)) byKey.set(key, value);
  }
  return [...byKey.values()];
}

function joinNotes(kept: string, other: string): string {
  if (other.trim() === '' || kept.includes(other.trim())) return kept;
  if (kept.trim() === '') return other;
  return `${kept.trimEnd()}\n\n${other.trim()}`;
}

/** The kept person's fields after the merge (but the write's timestamps and derived fields). */
export function mergedPerson(
  kept: Person,
  other: Person,
  choices: MergeChoices = {},
): WritablePerson {
  const {
    emailKeys: _emailKeys,
    linkKeys: _linkKeys,
    nameKeys: _nameKeys,
    sortName: _sortName,
    nextContactDueAt: _nextContactDueAt,
    ...fields
  } = kept;
  const merged: WritablePerson = fields;
  const assign = <F extends MergeChoiceField>(field: F) => {
    const takeOther =
      isEmpty(kept[field]) || (choices[field] === 'other' && !isEmpty(other[field]));
    merged[field] = takeOther ? other[field] : kept[field];
  };
  MERGE_CHOICE_FIELDS.forEach(assign);
  for (const field of LIST_FIELDS) {
    merged[field] = uniteBy([...kept[field], ...other[field]], (value) => value.trim());
  }
  merged.emails = uniteBy([...kept.emails, ...other.emails], emailKey);
  merged.links = uniteBy([...kept.links, ...other.links], normaliseProfileUrl);
  merged.notes = joinNotes(kept.notes, other.notes);
  merged.createdAt = Math.min(kept.createdAt, other.createdAt);
  merged.lastContactAt = Math.max(kept.lastContactAt, other.lastContactAt);
  return merged;
}
