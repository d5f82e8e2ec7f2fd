import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personFixture } from '../domain/person-fixture';
import { emailKey } from './derive-person-keys';
import { mergeConflicts, mergedPerson } from './merge-people';

const person = personFixture;

const kept = person({
  id: 'kept',
  displayName: 'Aiko Tanaka',
  company: 'Kumo Systems',
  emails: ['aiko@example.com'],
  links: ['https://www.linkedin.com/in/aiko/'],
  interests: ['rust'],
  notes: 'Met at RustFest.',
  createdAt: 50,
  lastContactAt: 100,
});
const other = person({
  id: 'other',
  displayName: '田中 愛子',
  nameReading: 'たなか あいこ',
  company: 'Kumo Systems K.K.',
  role: 'Staff Engineer',
  emails: ['AIKO@example.com', 'aiko@work.example'],
  links: ['linkedin.com/in/aiko'],
  interests: ['rust', 'tracing'],
  asks: ['rust-job'],
  notes: 'Wants to speak at the next meetup.',
  createdAt: 20,
  lastContactAt: 300,
});

describe('mergeConflicts', () => {
  it('lists only single values that differ and are set on both sides', () => {
    expect(mergeConflicts(kept, other)).toEqual([
      { field: 'displayName', kept: 'Aiko Tanaka', other: '田中 愛子' },
      { field: 'company', kept: 'Kumo Systems', other: 'Kumo Systems K.K.' },
    ]);
  });
});

describe('mergedPerson', () => {
  it('unites lists without duplicates, fills empty fields and joins notes', () => {
    const merged = mergedPerson(kept, other);
    expect(merged).toMatchObject({
      id: 'kept',
      displayName: 'Aiko Tanaka',
      nameReading: 'たなか あいこ',
      role: 'Staff Engineer',
      emails: ['aiko@example.com', 'aiko@work.example'],
      links: ['https://www.linkedin.com/in/aiko/'],
      interests: ['rust', 'tracing'],
      asks: ['rust-job'],
      notes: 'Met at RustFest.\n\nWants to speak at the next meetup.',
      createdAt: 20,
      lastContactAt: 300,
    });
    expect(merged).not.toHaveProperty('emailKeys');
  });

  it('takes the other side of a conflict when the user chose it', () => {
    const merged = mergedPerson(kept, other, { displayName: 'other', company: 'kept' });
    expect(merged.displayName).toBe('田中 愛子');
    expect(merged.company).toBe('Kumo Systems');
  });

  it('loses no e-mail, phone or topic of either side', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    const lists = fc.record({
      emails: fc.array(word.map((w) => `${w}@x.example`)),
      phones: fc.array(word),
      interests: fc.array(word),
    });
    fc.assert(
      fc.property(lists, lists, (a, b) => {
        const merged = mergedPerson(person({ id: 'a', ...a }), person({ id: 'b', ...b }));
        const keys = new Set(merged.emails.map(emailKey));
        for (const email of [...a.emails, ...b.emails])
          expect(keys.has(emailKey(email))).toBe(true);
        for (const phone of [...a.phones, ...b.phones]) expect(merged.phones).toContain(phone);
        for (const topic of [...a.interests, ...b.interests])
          expect(merged.interests).toContain(topic);
      }),
    );
  });
});
