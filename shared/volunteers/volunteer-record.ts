// The stored volunteerFigures record: a volunteer's figures (from their shifts, see
// volunteer-figures) together with what the Volunteers screen shows of the person — name, sort
// key, reading, and whether they are in the trash. Decision: the person's part is copied into the
// record and kept on every write of people, so the screen reads this one small table and never
// looks up 2,000 person rows by key (about half its time before). `person` is null while no person
// row exists for the id (shifts restored or seeded before their people, or a person deleted for
// good while their shifts are still being removed).
import { LIVE, type Person } from '../domain/entities';
import {
  emptyFigures,
  figuresByPerson,
  type FiguresShift,
  type VolunteerFigures,
} from './volunteer-figures';

export interface VolunteerPerson {
  displayName: string;
  sortName: string;
  nameReading: string;
  trashed: boolean;
}

export interface VolunteerRecord extends VolunteerFigures {
  person: VolunteerPerson | null;
}

export type VolunteerPersonSource = Pick<
  Person,
  'displayName' | 'sortName' | 'nameReading' | 'deletedAt'
>;

export function volunteerPersonOf(
  person: VolunteerPersonSource | undefined,
): VolunteerPerson | null {
  if (!person) return null;
  return {
    displayName: person.displayName,
    sortName: person.sortName,
    nameReading: person.nameReading,
    trashed: person.deletedAt !== LIVE,
  };
}

export function sameVolunteerPerson(a: VolunteerPerson | null, b: VolunteerPerson | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.displayName === b.displayName &&
    a.sortName === b.sortName &&
    a.nameReading === b.nameReading &&
    a.trashed === b.trashed
  );
}

/** A new record, before any shift: the person's part from their row (null when there is none). */
export function emptyVolunteerRecord(
  personId: string,
  person: VolunteerPersonSource | undefined,
): VolunteerRecord {
  return { ...emptyFigures(personId), person: volunteerPersonOf(person) };
}

/**
 * Every record from scratch: one per person with at least one live shift, the person's part from
 * `people` (a rebuild, an upgrade, or the reference for tests).
 */
export function volunteerRecords(
  shifts: Iterable<FiguresShift>,
  people: ReadonlyMap<string, VolunteerPersonSource>,
): VolunteerRecord[] {
  return figuresByPerson(shifts).map((figures) => ({
    ...figures,
    person: volunteerPersonOf(people.get(figures.personId)),
  }));
}
