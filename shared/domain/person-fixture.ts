// A complete live person for tests, specs and benchmarks; override only what a case is about.
import { emptyPersonFields } from './empty-person-fields';
import { LIVE, type Person } from './entities';

export function personFixture(fields: Partial<Person> & Pick<Person, 'id'>): Person {
  return {
    createdAt: 1,
    updatedAt: 1,
    deletedAt: LIVE,
    ...emptyPersonFields(),
    emailKeys: [],
    linkKeys: [],
    nameKeys: [],
    sortName: '',
    lastContactAt: 0,
    ...fields,
  };
}
