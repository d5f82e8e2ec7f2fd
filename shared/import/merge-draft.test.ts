import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseTopicKey } from '../topics/normalise-topic-key';
import { buildDraft } from './person-draft';
import { draftAsTarget, mergeDraftChanges, type MergeTarget } from './merge-draft';

const draft = (parts: Parameters<typeof buildDraft>[0]) => buildDraft(parts, 'test')!;
const target = (parts: Parameters<typeof buildDraft>[0]): MergeTarget =>
  draftAsTarget(draft(parts), normaliseTopicKey);

describe('mergeDraftChanges', () => {
  it('fills empty fields and never overwrites what the person has', () => {
    const changes = mergeDraftChanges(
      target({ displayName: 'Aiko Tanaka', company: 'Kumo' }),
      draft({ displayName: 'Aiko T.', company: 'Other Co', role: 'Staff Engineer' }),
      normaliseTopicKey,
    );
    expect(changes).toEqual({ role: 'Staff Engineer' });
  });

  it('unites lists by their look-up keys, the person’s entries first', () => {
    const changes = mergeDraftChanges(
      target({ displayName: 'Aiko', emails: ['Aiko@Example.com'], interests: ['JavaScript'] }),
      draft({
        displayName: 'Aiko',
        emails: ['aiko@example.com', 'aiko@work.example'],
        links: ['https://www.linkedin.com/in/Aiko/'],
        interests: ['js', 'Rust'],
      }),
      normaliseTopicKey,
    );
    expect(changes).toEqual({
      emails: ['Aiko@Example.com', 'aiko@work.example'],
      links: ['https://www.linkedin.com/in/Aiko/'],
      interests: ['javascript', 'rust'],
    });
  });

  it('appends a note only when the person’s notes do not hold it already', () => {
    const person = target({ displayName: 'Ben', notes: ['Looking for a Rust job'] });
    expect(
      mergeDraftChanges(
        person,
        draft({ displayName: 'Ben', notes: ['Looking for a Rust job'] }),
        normaliseTopicKey,
      ),
    ).toEqual({});
    expect(
      mergeDraftChanges(
        person,
        draft({ displayName: 'Ben', notes: ['Speaks Igbo'] }),
        normaliseTopicKey,
      ),
    ).toEqual({ notes: 'Looking for a Rust job\n\nSpeaks Igbo' });
  });

  it('changes nothing when merging a draft into itself, and only ever adds', () => {
    const text = fc.oneof(
      fc.constantFrom('', '山田', 'Aiko', 'a@b.c', 'x, "y"'),
      fc.string({ maxLength: 6 }),
    );
    const parts = fc.record({
      displayName: text,
      company: text,
      role: text,
      emails: fc.array(text, { maxLength: 3 }),
      links: fc.array(text, { maxLength: 2 }),
      interests: fc.array(text, { maxLength: 3 }),
      notes: fc.array(text, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const first = buildDraft(a, 'test');
        const second = buildDraft(b, 'test');
        if (!first || !second) return;
        const person = draftAsTarget(first, normaliseTopicKey);
        expect(mergeDraftChanges(person, first, normaliseTopicKey)).toEqual({});
        const changes = mergeDraftChanges(person, second, normaliseTopicKey);
        for (const field of ['displayName', 'company', 'role'] as const) {
          if (person[field] !== '') expect(changes[field]).toBeUndefined();
        }
        for (const field of ['emails', 'links', 'interests'] as const) {
          expect((changes[field] ?? person[field]).slice(0, person[field].length)).toEqual(
            person[field],
          );
        }
        const merged = { ...person, ...changes };
        expect(mergeDraftChanges(merged, second, normaliseTopicKey)).toEqual({});
      }),
    );
  });
});
