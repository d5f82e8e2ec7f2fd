// A person as a picker's option: the name, and the company to tell namesakes apart.
import type { Person } from '../../../shared/domain/entities';
import type { ComboboxOption } from '../../app/combobox';

export function personOption(person: Person): ComboboxOption {
  return {
    id: person.id,
    label: person.company ? `${person.displayName} · ${person.company}` : person.displayName,
  };
}
