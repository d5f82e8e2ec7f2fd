import { describe, expect, it } from 'vitest';
import { personFixture } from '../domain/person-fixture';
import { findProbableDuplicates, type DuplicateCandidate } from './probable-duplicates';

const person = personFixture;

function candidate(fields: Partial<DuplicateCandidate>): DuplicateCandidate {
  return {
    displayName: '',
    givenName: '',
    familyName: '',
    nameReading: '',
    emails: [],
    links: [],
    ...fields,
  };
}

const hanako = person({
  id: 'hanako',
  displayName: '山田 花子',
  givenName: '花子',
  familyName: '山田',
  nameReading: 'やまだ はなこ',
  emails: ['Hanako@Example.com'],
});
const aiko = person({
  id: 'aiko',
  displayName: 'Aiko Tanaka',
  givenName: 'Aiko',
  familyName: 'Tanaka',
  links: ['https://www.linkedin.com/in/aiko-tanaka-example/'],
});
const luis = person({ id: 'luis', displayName: 'Luis García' });
const cast = [hanako, aiko, luis];

describe('findProbableDuplicates', () => {
  it('matches an e-mail whatever its case and spacing', () => {
    const [match] = findProbableDuplicates(candidate({ emails: [' hanako@example.COM '] }), cast);
    expect(match).toMatchObject({
      person: { id: 'hanako' },
      reasons: ['email'],
      matched: ['Hanako@Example.com'],
    });
  });

  it('matches a profile URL written differently', () => {
    const found = findProbableDuplicates(
      candidate({ links: ['linkedin.com/in/aiko-tanaka-example'] }),
      cast,
    );
    expect(found.map((d) => d.person.id)).toEqual(['aiko']);
    expect(found[0]?.reasons).toEqual(['profile-url']);
  });

  it('matches a name in the other order, case or spacing, and a name without accents', () => {
    expect(
      findProbableDuplicates(candidate({ displayName: 'TANAKA aiko' }), cast)[0]?.person.id,
    ).toBe('aiko');
    expect(findProbableDuplicates(candidate({ displayName: '山田花子' }), cast)[0]?.person.id).toBe(
      'hanako',
    );
    expect(
      findProbableDuplicates(candidate({ displayName: 'luis garcia' }), cast)[0]?.person.id,
    ).toBe('luis');
  });

  it('matches a reading typed in katakana or in the other order', () => {
    const byKatakana = findProbableDuplicates(
      candidate({ displayName: '山田 華子', nameReading: 'ヤマダ ハナコ' }),
      cast,
    );
    expect(byKatakana[0]).toMatchObject({ person: { id: 'hanako' }, reasons: ['reading'] });
    const swapped = findProbableDuplicates(
      candidate({ displayName: 'x', nameReading: 'はなこ やまだ' }),
      cast,
    );
    expect(swapped[0]?.person.id).toBe('hanako');
  });

  it('does not confuse readings that differ only in dakuten', () => {
    expect(
      findProbableDuplicates(candidate({ displayName: 'x', nameReading: 'やまた はなこ' }), cast),
    ).toEqual([]);
  });

  it('ranks an e-mail match above a name match and skips the person being edited and the trashed', () => {
    const namesake = person({ id: 'namesake', displayName: 'Aiko Tanaka', updatedAt: 5 });
    const trashed = person({ id: 'trashed', displayName: 'Aiko Tanaka', deletedAt: 9 });
    const byEmail = person({ id: 'by-email', displayName: 'A. T.', emails: ['aiko@example.com'] });
    const found = findProbableDuplicates(
      candidate({ displayName: 'Aiko Tanaka', emails: ['aiko@example.com'] }),
      [aiko, namesake, trashed, byEmail],
      { excludeId: 'aiko' },
    );
    expect(found.map((d) => d.person.id)).toEqual(['by-email', 'namesake']);
  });

  it('finds nothing for an empty candidate', () => {
    expect(findProbableDuplicates(candidate({}), cast)).toEqual([]);
  });
});
