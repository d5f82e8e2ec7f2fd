// The columns of every CSV export, in order. The README lists them from here (header and
// description). The people columns double as the signature of Hallway's own export: a file with
// exactly these headers is re-imported field for field (shared/import/formats/hallway.ts).
// Rows that reference others (interactions, introductions, follow-ups, shifts) export the ids;
// relationships the names of both people too, as the file is read on its own.
import type {
  FollowUp,
  HallwayEvent,
  Interaction,
  Introduction,
  Person,
  Relationship,
  VolunteerShift,
} from '../domain/entities';
import type { ExportColumn } from './export-column';

type Columns<Row> = readonly ExportColumn<Row>[];

export const PEOPLE_COLUMNS: Columns<Person> = [
  { header: 'ID', description: 'Hallway id', kind: 'text', value: (p) => p.id },
  {
    header: 'Display name',
    description: 'Name as shown',
    kind: 'text',
    value: (p) => p.displayName,
  },
  {
    header: 'Given name',
    description: 'Given (first) name',
    kind: 'text',
    value: (p) => p.givenName,
  },
  {
    header: 'Family name',
    description: 'Family (last) name',
    kind: 'text',
    value: (p) => p.familyName,
  },
  {
    header: 'Reading',
    description: 'Reading of the name (kana)',
    kind: 'text',
    value: (p) => p.nameReading,
  },
  {
    header: 'Name order',
    description: 'given-family or family-given',
    kind: 'text',
    value: (p) => p.nameOrder,
  },
  { header: 'Company', description: 'Company', kind: 'text', value: (p) => p.company },
  { header: 'Role', description: 'Job title', kind: 'text', value: (p) => p.role },
  { header: 'Location', description: 'City or place', kind: 'text', value: (p) => p.location },
  { header: 'Languages', description: 'Languages spoken', kind: 'list', value: (p) => p.languages },
  { header: 'Emails', description: 'E-mail addresses', kind: 'list', value: (p) => p.emails },
  { header: 'Phones', description: 'Phone numbers', kind: 'list', value: (p) => p.phones },
  { header: 'Links', description: 'Profile and web links', kind: 'list', value: (p) => p.links },
  { header: 'Interests', description: 'Topic keys', kind: 'list', value: (p) => p.interests },
  {
    header: 'Offers',
    description: 'Topic keys they can offer',
    kind: 'list',
    value: (p) => p.offers,
  },
  {
    header: 'Asks',
    description: 'Topic keys they are looking for',
    kind: 'list',
    value: (p) => p.asks,
  },
  { header: 'Notes', description: 'Free notes', kind: 'text', value: (p) => p.notes },
  {
    header: 'Keep in touch (days)',
    description: 'Contact cadence; empty when none',
    kind: 'number',
    value: (p) => p.keepInTouchDays,
  },
  {
    header: 'Source',
    description: 'Where the person came from',
    kind: 'text',
    value: (p) => p.source,
  },
  {
    header: 'Last contact',
    description: 'Newest interaction',
    kind: 'date',
    value: (p) => p.lastContactAt,
  },
  { header: 'Created', description: 'Created at', kind: 'date', value: (p) => p.createdAt },
  { header: 'Updated', description: 'Last changed at', kind: 'date', value: (p) => p.updatedAt },
];

export const HALLWAY_PEOPLE_HEADERS = PEOPLE_COLUMNS.map((column) => column.header);

export const EVENT_COLUMNS: Columns<HallwayEvent> = [
  { header: 'ID', description: 'Hallway id', kind: 'text', value: (e) => e.id },
  { header: 'Name', description: 'Event name', kind: 'text', value: (e) => e.name },
  { header: 'Series', description: 'Recurring series', kind: 'text', value: (e) => e.series },
  {
    header: 'Kind',
    description: 'meetup, conference, after-party, online, workshop, other',
    kind: 'text',
    value: (e) => e.kind,
  },
  { header: 'Starts', description: 'Start time', kind: 'date', value: (e) => e.startsAt },
  { header: 'Ends', description: 'End time', kind: 'date', value: (e) => e.endsAt },
  { header: 'Location', description: 'Venue', kind: 'text', value: (e) => e.location },
  { header: 'URL', description: 'Event page', kind: 'text', value: (e) => e.url },
  { header: 'My role', description: 'The user’s role there', kind: 'text', value: (e) => e.myRole },
  { header: 'Notes', description: 'Free notes', kind: 'text', value: (e) => e.notes },
];

export const INTERACTION_COLUMNS: Columns<Interaction> = [
  { header: 'ID', description: 'Hallway id', kind: 'text', value: (i) => i.id },
  { header: 'Person ID', description: 'Who', kind: 'text', value: (i) => i.personId },
  { header: 'At', description: 'When', kind: 'date', value: (i) => i.at },
  {
    header: 'Kind',
    description: 'met, message, call, meeting, email, other',
    kind: 'text',
    value: (i) => i.kind,
  },
  {
    header: 'Event ID',
    description: 'The event, for a meeting there',
    kind: 'text',
    value: (i) => i.eventId ?? '',
  },
  { header: 'Note', description: 'What was said or done', kind: 'text', value: (i) => i.note },
];

export const INTRODUCTION_COLUMNS: Columns<Introduction> = [
  { header: 'ID', description: 'Hallway id', kind: 'text', value: (i) => i.id },
  { header: 'Person A ID', description: 'One of the pair', kind: 'text', value: (i) => i.aId },
  { header: 'Person B ID', description: 'The other', kind: 'text', value: (i) => i.bId },
  { header: 'Reason', description: 'Why introduce them', kind: 'text', value: (i) => i.reason },
  {
    header: 'Status',
    description: 'idea, asked, made, connected, declined',
    kind: 'text',
    value: (i) => i.status,
  },
  {
    header: 'Made',
    description: 'When the introduction was made',
    kind: 'date',
    value: (i) => i.madeAt,
  },
  { header: 'Outcome', description: 'How it went', kind: 'text', value: (i) => i.outcome },
];

export const FOLLOW_UP_COLUMNS: Columns<FollowUp> = [
  { header: 'ID', description: 'Hallway id', kind: 'text', value: (f) => f.id },
  {
    header: 'Person ID',
    description: 'Whom to follow up with',
    kind: 'text',
    value: (f) => f.personId,
  },
  { header: 'Due', description: 'Due date', kind: 'date', value: (f) => f.dueAt },
  { header: 'Reason', description: 'Why', kind: 'text', value: (f) => f.reason },
  {
    header: 'Status',
    description: 'open, done, snoozed, dismissed',
    kind: 'text',
    value: (f) => f.status,
  },
  { header: 'Rule', description: 'The rule that suggested it', kind: 'text', value: (f) => f.rule },
];

export const VOLUNTEER_SHIFT_COLUMNS: Columns<VolunteerShift> = [
  { header: 'ID', description: 'Hallway id', kind: 'text', value: (s) => s.id },
  { header: 'Event ID', description: 'The event', kind: 'text', value: (s) => s.eventId },
  { header: 'Person ID', description: 'The volunteer', kind: 'text', value: (s) => s.personId },
  { header: 'Role', description: 'Volunteer role', kind: 'text', value: (s) => s.role },
  { header: 'Starts', description: 'Shift start', kind: 'date', value: (s) => s.startsAt },
  { header: 'Ends', description: 'Shift end', kind: 'date', value: (s) => s.endsAt },
  {
    header: 'Status',
    description: 'invited, confirmed, attended, no-show, cancelled',
    kind: 'text',
    value: (s) => s.status,
  },
  { header: 'Hours', description: 'Hours worked', kind: 'number', value: (s) => s.hours },
  { header: 'Note', description: 'Free note', kind: 'text', value: (s) => s.note },
];

/** A relationship as exported: with the display names of its two people. */
export interface RelationshipExportRow extends Relationship {
  fromName: string;
  toName: string;
}

export const RELATIONSHIP_COLUMNS: Columns<RelationshipExportRow> = [
  { header: 'ID', description: 'Hallway id', kind: 'text', value: (r) => r.id },
  { header: 'From ID', description: 'One person', kind: 'text', value: (r) => r.fromId },
  {
    header: 'From name',
    description: 'Their display name',
    kind: 'text',
    value: (r) => r.fromName,
  },
  { header: 'To ID', description: 'The other person', kind: 'text', value: (r) => r.toId },
  { header: 'To name', description: 'Their display name', kind: 'text', value: (r) => r.toName },
  {
    header: 'Kind',
    description:
      'knows, works-with, partner, other (either way round); introduced-me-to, mentor-of (From introduced me to To, From is a mentor of To)',
    kind: 'text',
    value: (r) => r.kind,
  },
  { header: 'Note', description: 'Free note', kind: 'text', value: (r) => r.note },
  { header: 'Since', description: 'When it began', kind: 'date', value: (r) => r.since },
  { header: 'Until', description: 'When it ended', kind: 'date', value: (r) => r.until },
];
