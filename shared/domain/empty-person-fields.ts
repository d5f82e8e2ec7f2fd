// A person's own fields (what the user types or an import brings) at their empty values: the
// defaults of a new person, and the base of the person fixture used by tests. A function, so each
// person gets lists of its own.
import type { Person } from './entities';

export type PersonOwnFields = Pick<
  Person,
  | 'displayName'
  | 'givenName'
  | 'familyName'
  | 'nameReading'
  | 'nameOrder'
  | 'company'
  | 'role'
  | 'location'
  | 'languages'
  | 'emails'
  | 'phones'
  | 'links'
  | 'interests'
  | 'offers'
  | 'asks'
  | 'notes'
  | 'keepInTouchDays'
  | 'source'
>;

export function emptyPersonFields(): PersonOwnFields {
  return {
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
  };
}
