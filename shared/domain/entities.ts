// The persisted data model (docs/architecture.md, "Data"). Every row has a string id, createdAt and
// updatedAt (epoch ms) and, where it can be trashed, deletedAt: 0 while live, the deletion time
// once trashed. 0 rather than null/undefined because IndexedDB does not index null: with a number,
// "live people sorted by name" is one compound-index range, not a scan.

import type { IntroductionReasonFacts } from '../introductions/introduction-reason-facts';

export const LIVE = 0;

export interface Row {
  id: string;
  createdAt: number;
  updatedAt: number;
}

export interface Trashable {
  deletedAt: number;
}

export type NameOrder = 'given-family' | 'family-given';

export interface Person extends Row, Trashable {
  displayName: string;
  givenName: string;
  familyName: string;
  /** Kana (or romaji) reading of the name, e.g. やまだ はなこ. */
  nameReading: string;
  nameOrder: NameOrder;
  company: string;
  role: string;
  location: string;
  languages: string[];
  emails: string[];
  phones: string[];
  links: string[];
  /** Topic keys (see shared/topics). */
  interests: string[];
  offers: string[];
  asks: string[];
  notes: string;
  /** Desired contact cadence in days; null when the user set none. */
  keepInTouchDays: number | null;
  /** Where the person came from: 'manual', 'sample', 'import:linkedin'… */
  source: string;
  /** Derived on write (see WritablePerson): lower-cased e-mails, for duplicate look-ups. */
  emailKeys: string[];
  /** Derived: normalised profile URLs, for duplicate look-ups. */
  linkKeys: string[];
  /** Derived: compacted names and readings (shared/people/name-match-keys), for duplicate look-ups. */
  nameKeys: string[];
  /** Derived: the key the people list sorts by (reading first, so Japanese names sort by kana). */
  sortName: string;
  /** Derived, maintained on interaction writes: newest interaction time, 0 when none. */
  lastContactAt: number;
  /**
   * Derived from keepInTouchDays, lastContactAt and createdAt (shared/follow-ups/
   * next-contact-due-at): when keeping in touch is due; 0 or absent without a cadence. The write path
   * sets it on every write of a person and mirrors it in the contactDue tables the Today view reads
   * (renderer/data/derived/person-fields, contact-due), so code that builds a person leaves it out.
   */
  nextContactDueAt?: number;
  /**
   * Set on a record merged into another (renderer/data/writes/merge-people-writes): the kept
   * person's id. Such a record stays in the trash as "merged into …"; only the merge's Undo
   * brings it back, with its meetings. Absent on every other person.
   */
  mergedIntoId?: string;
}

/** The fields of a person the write path derives as the row is stored (see WritablePerson). */
export type DerivedPersonField =
  'emailKeys' | 'linkKeys' | 'nameKeys' | 'sortName' | 'nextContactDueAt';

/**
 * A person as code hands it to a write: the derived fields may be left out, and any given are
 * recomputed on the way into the table (renderer/data/derived/person-fields), so no builder of a
 * person derives them itself.
 */
export type WritablePerson = Omit<Person, DerivedPersonField> &
  Partial<Pick<Person, DerivedPersonField>>;

export const EVENT_KINDS = [
  'meetup',
  'conference',
  'after-party',
  'online',
  'workshop',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface HallwayEvent extends Row, Trashable {
  name: string;
  series: string;
  kind: EventKind;
  startsAt: number;
  endsAt: number | null;
  location: string;
  url: string;
  myRole: string;
  notes: string;
  /** The volunteer roles this event's roster needs, in the organizer's order; absent until set. */
  volunteerRoles?: EventRoleNeed[];
  /** The UID of the calendar (.ics) event it was imported from: a re-import updates it. */
  calendarUid?: string;
}

/** One role of an event's roster: a role key (see shared/volunteers/roles) and how many people. */
export interface EventRoleNeed {
  role: string;
  needed: number;
}

export const INTERACTION_KINDS = ['met', 'message', 'call', 'meeting', 'email', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface Interaction extends Row, Trashable {
  personId: string;
  at: number;
  kind: InteractionKind;
  /** Set when the interaction happened at an event ("met at event E"). */
  eventId?: string;
  note: string;
}

export const INTRODUCTION_STATUSES = ['idea', 'asked', 'made', 'connected', 'declined'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

export interface Introduction extends Row, Trashable {
  /** The pair is ordered so that aId < bId: one row per pair. */
  aId: string;
  bId: string;
  reason: string;
  /**
   * Set when the reason is a suggestion's, unedited: shown in words in the reader's language
   * instead of `reason` (shared/introductions/introduction-reason-facts). Absent on older rows.
   */
  reasonFacts?: IntroductionReasonFacts;
  status: IntroductionStatus;
  /** When each status was reached (epoch ms). */
  statusDates: Partial<Record<IntroductionStatus, number>>;
  madeAt: number | null;
  outcome: string;
}

export const FOLLOW_UP_STATUSES = ['open', 'done', 'snoozed', 'dismissed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export interface FollowUp extends Row {
  personId: string;
  dueAt: number;
  reason: string;
  status: FollowUpStatus;
  /** Which rule produced it, plus what makes it unique, e.g. 'met-after-event:<eventId>'. */
  rule: string;
}

export const SHIFT_STATUSES = ['invited', 'confirmed', 'attended', 'no-show', 'cancelled'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

export interface VolunteerShift extends Row, Trashable {
  eventId: string;
  personId: string;
  role: string;
  startsAt: number;
  endsAt: number;
  status: ShiftStatus;
  /** Hours worked; computed from the shift times unless overridden. */
  hours: number;
  /**
   * True when the organizer set `hours` by hand: the hours then survive changes of the times.
   * Absent on rows written before version 8 (and by imports): the hours count as overridden when
   * they differ from the ones computed from the times.
   */
  hoursOverridden?: boolean;
  note: string;
}

/**
 * How two people are related, as the user says it. 'introduced-me-to' and 'mentor-of' read from
 * fromId to toId ("Aoi introduced me to Bruno", "Aoi is a mentor of Bruno"); the others go both
 * ways. Relationships the data already implies (met at the same event, introduced by the user) are
 * not stored: the network graph derives them (shared/network).
 */
export const RELATIONSHIP_KINDS = [
  'knows',
  'works-with',
  'introduced-me-to',
  'mentor-of',
  'partner',
  'other',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const DIRECTED_RELATIONSHIP_KINDS: ReadonlySet<RelationshipKind> = new Set([
  'introduced-me-to',
  'mentor-of',
]);

export interface Relationship extends Row, Trashable {
  fromId: string;
  toId: string;
  kind: RelationshipKind;
  note: string;
  /** When the relationship began, as far as the user knows; null when not said. */
  since: number | null;
  /** When it ended (left the company, parted); null while it lasts. */
  until: number | null;
}

export interface Topic {
  /** Normalised key (see normaliseTopicKey): the primary key. */
  key: string;
  label: string;
  aliases: string[];
  createdAt: number;
  updatedAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
  updatedAt: number;
}
