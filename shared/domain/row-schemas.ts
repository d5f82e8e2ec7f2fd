// The shape of each stored row of the source tables, as zod schemas: what a row must be for the
// app to read it without failing later. A restore checks every row of a backup against these
// before writing anything (renderer/features/backup/check-backup-rows.ts), so a damaged or
// hand-edited file is refused with the table, the row and the reason, instead of a screen
// breaking on a number where a list belongs. The limits are generous caps that keep a single
// value from swamping the UI; what a form accepts (renderer/data/writes/person-input.ts) is
// narrower and stays the form's business. Unknown extra fields are tolerated: an older or newer
// app may have written them, and no screen reads them.
import { z } from 'zod';
import type { IntroductionDismissal } from '../introductions/introduction-dismissal';
import type { DuplicateDismissal } from '../people/duplicate-dismissal';
import {
  EVENT_KINDS,
  FOLLOW_UP_STATUSES,
  INTERACTION_KINDS,
  INTRODUCTION_STATUSES,
  RELATIONSHIP_KINDS,
  SHIFT_STATUSES,
  type FollowUp,
  type HallwayEvent,
  type Interaction,
  type Introduction,
  type Relationship,
  type Setting,
  type Topic,
  type VolunteerShift,
  type WritablePerson,
} from './entities';

const MAX_TEXT = 100_000;
const MAX_LIST = 10_000;

const key = z.string().min(1).max(1_000);
const text = z.string().max(MAX_TEXT);
const textList = z.array(text).max(MAX_LIST);
const time = z.number();

const row = { id: key, createdAt: time, updatedAt: time };
const trashable = { deletedAt: z.number().min(0) };

export const personRowSchema = z.object({
  ...row,
  ...trashable,
  displayName: text,
  givenName: text,
  familyName: text,
  nameReading: text,
  nameOrder: z.enum(['given-family', 'family-given']),
  company: text,
  role: text,
  location: text,
  languages: textList,
  emails: textList,
  phones: textList,
  links: textList,
  interests: textList,
  offers: textList,
  asks: textList,
  notes: text,
  keepInTouchDays: z.number().nullable(),
  source: text,
  emailKeys: textList.optional(),
  linkKeys: textList.optional(),
  nameKeys: textList.optional(),
  sortName: text.optional(),
  lastContactAt: time,
  nextContactDueAt: time.optional(),
}) satisfies z.ZodType<WritablePerson>;

export const eventRowSchema = z.object({
  ...row,
  ...trashable,
  name: text,
  series: text,
  kind: z.enum(EVENT_KINDS),
  startsAt: time,
  endsAt: time.nullable(),
  location: text,
  url: text,
  myRole: text,
  notes: text,
  volunteerRoles: z
    .array(z.object({ role: key, needed: z.number().int().min(0) }))
    .max(MAX_LIST)
    .optional(),
  calendarUid: key.optional(),
}) satisfies z.ZodType<HallwayEvent>;

export const interactionRowSchema = z.object({
  ...row,
  ...trashable,
  personId: key,
  at: time,
  kind: z.enum(INTERACTION_KINDS),
  eventId: key.optional(),
  note: text,
}) satisfies z.ZodType<Interaction>;

export const introductionRowSchema = z.object({
  ...row,
  ...trashable,
  aId: key,
  bId: key,
  reason: text,
  status: z.enum(INTRODUCTION_STATUSES),
  statusDates: z.partialRecord(z.enum(INTRODUCTION_STATUSES), time),
  madeAt: time.nullable(),
  outcome: text,
}) satisfies z.ZodType<Introduction>;

export const followUpRowSchema = z.object({
  ...row,
  personId: key,
  dueAt: time,
  reason: text,
  status: z.enum(FOLLOW_UP_STATUSES),
  rule: text,
}) satisfies z.ZodType<FollowUp>;

export const volunteerShiftRowSchema = z.object({
  ...row,
  ...trashable,
  eventId: key,
  personId: key,
  role: key,
  startsAt: time,
  endsAt: time,
  status: z.enum(SHIFT_STATUSES),
  hours: z.number().min(0),
  hoursOverridden: z.boolean().optional(),
  note: text,
}) satisfies z.ZodType<VolunteerShift>;

export const topicRowSchema = z.object({
  key,
  label: text,
  aliases: textList,
  createdAt: time,
  updatedAt: time,
}) satisfies z.ZodType<Topic>;

export const settingRowSchema = z.object({
  key,
  value: z.unknown(),
  updatedAt: time,
}) satisfies z.ZodType<Setting>;

export const introductionDismissalRowSchema = z.object({
  pairKey: key,
  aId: key,
  bId: key,
  dismissedAt: time,
}) satisfies z.ZodType<IntroductionDismissal>;

export const duplicateDismissalRowSchema = z.object({
  pairKey: key,
  aId: key,
  bId: key,
  dismissedAt: time,
}) satisfies z.ZodType<DuplicateDismissal>;

export const relationshipRowSchema = z.object({
  ...row,
  ...trashable,
  fromId: key,
  toId: key,
  kind: z.enum(RELATIONSHIP_KINDS),
  note: text,
  since: time.nullable(),
  until: time.nullable(),
}) satisfies z.ZodType<Relationship>;

/** The schema of each source table's rows (renderer/data/source-tables.ts lists the tables). */
export const SOURCE_ROW_SCHEMAS = {
  people: personRowSchema,
  events: eventRowSchema,
  interactions: interactionRowSchema,
  introductions: introductionRowSchema,
  followUps: followUpRowSchema,
  volunteerShifts: volunteerShiftRowSchema,
  topics: topicRowSchema,
  settings: settingRowSchema,
  introductionDismissals: introductionDismissalRowSchema,
  duplicateDismissals: duplicateDismissalRowSchema,
  relationships: relationshipRowSchema,
} as const;
