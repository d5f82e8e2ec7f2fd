// What the UI may send when it creates or edits a person, checked where the write service begins.
// Strings are trimmed; lists drop blank entries; topics are raw text here and become keys in the
// write (through the user's aliases). Derived fields (emailKeys, linkKeys, sortName,
// lastContactAt) and bookkeeping (id, timestamps, deletedAt) are never accepted from the UI.
import { z } from 'zod';
import type { ListEdit } from '../../../shared/people/list-edit';

const text = (max: number) => z.string().trim().max(max);
const textList = (max: number) =>
  z
    .array(text(max))
    .max(200)
    .transform((items) => items.filter((item) => item !== ''));

export const personFieldsSchema = z.object({
  displayName: text(300),
  givenName: text(200),
  familyName: text(200),
  nameReading: text(300),
  nameOrder: z.enum(['given-family', 'family-given']),
  company: text(300),
  role: text(300),
  location: text(300),
  languages: textList(50),
  emails: textList(320),
  phones: textList(50),
  links: textList(2000),
  interests: textList(100),
  offers: textList(100),
  asks: textList(100),
  notes: z.string().max(100_000),
  keepInTouchDays: z.number().int().min(1).max(3650).nullable(),
  source: text(100),
});

export type PersonFields = z.infer<typeof personFieldsSchema>;

/** A new person: a name is required (display name, given or family name); the rest defaults. */
export const newPersonSchema = personFieldsSchema
  .partial()
  .refine(
    (person) =>
      [person.displayName, person.givenName, person.familyName].some(
        (name) => name !== undefined && name !== '',
      ),
    { message: 'A person needs a name.' },
  );

export type NewPersonInput = z.input<typeof newPersonSchema>;

export const personChangesSchema = personFieldsSchema.partial();

export type PersonChanges = z.input<typeof personChangesSchema>;

export const PERSON_LIST_FIELDS = [
  'languages',
  'emails',
  'phones',
  'links',
  'interests',
  'offers',
  'asks',
] as const satisfies readonly (keyof PersonFields)[];

export type PersonListField = (typeof PERSON_LIST_FIELDS)[number];

/** One edit of a list field (shared/people/list-edit); items are checked by the field's schema. */
const listItem = z.string().max(2000);
export const listEditSchema = z.union([
  z.object({ add: listItem, at: z.number().int().min(0).optional() }),
  z.object({ remove: listItem }),
  z.object({ replace: listItem, with: listItem }),
]) satisfies z.ZodType<ListEdit>;
