// A complete live person for tests, specs and benchmarks; override only what a case is about.
import { LIVE, type Person } from './entities';

export function personFixture(fields: Partial<Person> & Pick<Person, 'id'>): Person {
  return {
    createdAt: 1,
    updatedAt: 1,
    deletedAt: LIVE,
    displayName: '',
    givenName: '',
    familyName: '',
    nameReading: '',
    nameOrder: 'given-family',
    company: '',
    role: '',
    location: '',
    languages: [],
    emails: [],
    phones: [],
    links: [],
    interests: [],
    offers: [],
    asks: [],
    notes: '',
    keepInTouchDays: null,
    source: 'manual',
    emailKeys: [],
    linkKeys: [],
    nameKeys: [],
    sortName: '',
    lastContactAt: 0,
    ...fields,
  };
}
