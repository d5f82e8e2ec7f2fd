import { describe, expect, it } from 'vitest';
import { attachmentFor } from './use-import-commit';

describe('the event an import is attached to', () => {
  it('is a new event with the typed name and local start, an existing one, or none', () => {
    expect(
      attachmentFor({ kind: 'new', name: ' Rust Tokyo #12 ', startsAt: '2026-10-20T19:00' }),
    ).toEqual({
      newEvent: { name: 'Rust Tokyo #12', startsAt: new Date(2026, 9, 20, 19).getTime() },
    });
    expect(attachmentFor({ kind: 'existing', eventId: 'e1' })).toEqual({ existingEventId: 'e1' });
    expect(attachmentFor({ kind: 'none' })).toBeUndefined();
  });
});
