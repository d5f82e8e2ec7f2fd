// Which fields an edit really changes, and what they held before: the undo entry of that edit.
import type { Person } from '../../../shared/domain/entities';
import type { PersonChanges, PersonFields } from '../../data/writes/person-input';

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function previousValues(person: Person, changes: PersonChanges): PersonChanges {
  const previous: Record<string, unknown> = {};
  for (const field of Object.keys(changes) as (keyof PersonFields)[]) {
    if (!sameValue(person[field], changes[field])) previous[field] = person[field];
  }
  return previous as PersonChanges;
}
