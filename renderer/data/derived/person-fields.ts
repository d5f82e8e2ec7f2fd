// The derived fields of a person row: duplicate look-up keys and the list's sort key
// (shared/people/derive-person-keys) and the keep-in-touch due date (nextContactDueAt, from the
// cadence and lastContactAt; absent for someone who never had a cadence). Computed on the way into
// the table by the write transaction's row deriver, so no caller sets them; lastContactAt itself
// is kept by the latest-interactions module, whose patch passes through here again.
import type { Person } from '../../../shared/domain/entities';
import { nextContactDueAt } from '../../../shared/follow-ups/next-contact-due-at';
import { derivePersonKeys } from '../../../shared/people/derive-person-keys';
import type { DerivedModule } from './derived-module';

export function derivePersonFields(person: Person): Person {
  const derived: Person = { ...person, ...derivePersonKeys(person) };
  const due = nextContactDueAt(person);
  if (due !== 0 || (person.nextContactDueAt ?? 0) !== 0) derived.nextContactDueAt = due;
  return derived;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((value, index) => value === b[index]);

/** Whether the stored derived fields of `person` are what they derive to. */
function derivedFieldsCurrent(person: Person, derived: Person): boolean {
  return (
    sameList(person.emailKeys, derived.emailKeys) &&
    sameList(person.linkKeys, derived.linkKeys) &&
    sameList(person.nameKeys, derived.nameKeys) &&
    person.sortName === derived.sortName &&
    (person.nextContactDueAt ?? 0) === (derived.nextContactDueAt ?? 0)
  );
}

export const personFieldsModule: DerivedModule = {
  name: 'person fields',
  tables: [],
  // The row deriver has done it: nothing is left to follow.
  apply: async () => undefined,
  rebuild: ({ people }) => ({
    people: people.flatMap((person) => {
      const derived = derivePersonFields(person);
      return derivedFieldsCurrent(person, derived) ? [] : [derived];
    }),
  }),
};
