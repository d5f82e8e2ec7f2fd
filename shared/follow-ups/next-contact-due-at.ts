// The keep-in-touch due date of a person, stored on the person (nextContactDueAt) and indexed so
// that the Today view reads only the people who are due instead of everyone: the last contact
// (or, if never contacted, when they were added) plus their cadence. 0 when they have no cadence.
import { millisecondsInDay } from 'date-fns/constants';
import type { Person } from '../domain/entities';

export type ContactDueSource = Pick<Person, 'keepInTouchDays' | 'lastContactAt' | 'createdAt'>;

export function nextContactDueAt(person: ContactDueSource): number {
  const days = person.keepInTouchDays;
  if (days === null || days === undefined || days <= 0) return 0;
  return (person.lastContactAt || person.createdAt) + days * millisecondsInDay;
}
