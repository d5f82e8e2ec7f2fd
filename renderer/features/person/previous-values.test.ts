import { describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import { previousValues } from './previous-values';

describe('previousValues', () => {
  const ada = personFixture({
    id: 'ada',
    givenName: 'Ada',
    company: 'Analytical Engines',
    emails: ['ada@example.com'],
  });

  it('keeps the old value of each field the edit changes, and only those', () => {
    expect(
      previousValues(ada, { company: 'Babbage & Co', givenName: 'Ada', emails: ['a@b.c'] }),
    ).toEqual({ company: 'Analytical Engines', emails: ['ada@example.com'] });
  });

  it('is empty when nothing changes', () => {
    expect(previousValues(ada, { emails: ['ada@example.com'] })).toEqual({});
  });
});
