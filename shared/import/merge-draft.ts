// What an imported row adds to a person already known. Decisions, so that importing never loses
// what the user typed and importing the same file again changes nothing:
// - a single value (name parts, reading, company, role, location, keep-in-touch cadence) is filled
//   only where the person has none; a value the person already has is never overwritten;
// - lists are united without duplicates, compared as their look-up keys (e-mails case-folded,
//   profile URLs normalised, topics as topic keys), the person's own entries first;
// - the row's note is appended unless the person's notes already contain it;
// - the display name order, the source and everything derived stay as they are.
import type { Person } from '../domain/entities';
import { emailKey } from '../people/derive-person-keys';
import { normaliseProfileUrl } from '../people/normalise-profile-url';
import type { PersonDraft } from './import-record';

const FILLED_FIELDS = [
  'displayName',
  'givenName',
  'familyName',
  'nameReading',
  'company',
  'role',
  'location',
] as const;

export type MergeTarget = Pick<
  Person,
  | (typeof FILLED_FIELDS)[number]
  | 'languages'
  | 'emails'
  | 'phones'
  | 'links'
  | 'interests'
  | 'offers'
  | 'asks'
  | 'notes'
  | 'keepInTouchDays'
>;

export type MergeChanges = Partial<MergeTarget>;

/** Turns a topic as written in a file into its key (the user's aliases applied). */
export type TopicKeyOf = (raw: string) => string;

const TOPIC_FIELDS = ['interests', 'offers', 'asks'] as const;

function unite(
  existing: readonly string[],
  added: readonly string[],
  keyOf: (value: string) => string,
): string[] | null {
  const keys = new Set(existing.map(keyOf));
  const extra: string[] = [];
  for (const value of added) {
    const key = keyOf(value);
    if (key === '' || keys.has(key)) continue;
    keys.add(key);
    extra.push(value);
  }
  return extra.length === 0 ? null : [...existing, ...extra];
}

function appendNote(existing: string, added: string): string | null {
  const note = added.trim();
  if (note === '' || existing.includes(note)) return null;
  return existing.trim() === '' ? note : `${existing.trimEnd()}\n\n${note}`;
}

/** The draft as a merge target: its topics turned into keys. */
export function draftAsTarget(draft: PersonDraft, topicKeyOf: TopicKeyOf): MergeTarget {
  const target: MergeTarget = { ...draft };
  for (const field of TOPIC_FIELDS) {
    target[field] = [...new Set(draft[field].map(topicKeyOf).filter((key) => key !== ''))];
  }
  return target;
}

/** The changes the draft makes to the target; an empty object when it changes nothing. */
export function mergeDraftChanges(
  target: MergeTarget,
  draft: PersonDraft,
  topicKeyOf: TopicKeyOf,
): MergeChanges {
  const changes: MergeChanges = {};
  for (const field of FILLED_FIELDS) {
    const value = draft[field].trim();
    if (target[field].trim() === '' && value !== '') changes[field] = value;
  }
  if (target.keepInTouchDays === null && draft.keepInTouchDays !== null) {
    changes.keepInTouchDays = draft.keepInTouchDays;
  }
  const lists = {
    emails: unite(target.emails, draft.emails, emailKey),
    links: unite(target.links, draft.links, normaliseProfileUrl),
    phones: unite(target.phones, draft.phones, (phone) => phone.replace(/[\s()-]/g, '')),
    languages: unite(target.languages, draft.languages, (language) => language.trim()),
    ...Object.fromEntries(
      TOPIC_FIELDS.map((field) => [
        field,
        unite(target[field], draft[field].map(topicKeyOf), String),
      ]),
    ),
  };
  for (const [field, value] of Object.entries(lists)) {
    if (value !== null) changes[field as keyof typeof lists] = value;
  }
  const notes = appendNote(target.notes, draft.notes);
  if (notes !== null) changes.notes = notes;
  return changes;
}

export function hasChanges(changes: MergeChanges): boolean {
  return Object.keys(changes).length > 0;
}
