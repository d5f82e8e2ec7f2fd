import { describe, expect, it } from 'vitest';
import {
  capturedNameParts,
  captureFromDraft,
  draftHasContent,
  emptyCaptureDraft,
  startsAtOf,
  type CaptureDraft,
} from './capture-draft';
import {
  CAPTURE_DRAFT_STORAGE_KEY,
  clearCaptureDraft,
  readCaptureDraft,
  writeCaptureDraft,
} from './capture-draft-storage';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

function draftWithPeople(): CaptureDraft {
  const draft = emptyCaptureDraft(new Date(2025, 5, 12, 21, 40));
  return {
    ...draft,
    event: { ...draft.event, name: 'Rust Tokyo #12', series: 'Rust Tokyo' },
    rows: [
      { key: 'a', personId: null, name: 'Aiko Tanaka', note: '#rust' },
      { key: 'b', personId: 'person-1', name: 'Ben Ito', note: 'again' },
    ],
    entry: { key: 'c', personId: null, name: 'Chie', note: '?job' },
  };
}

describe('the capture draft', () => {
  it('starts today at the current hour, as a meetup, with nothing worth keeping', () => {
    const draft = emptyCaptureDraft(new Date(2025, 5, 12, 21, 40));
    expect(draft.event).toMatchObject({ date: '2025-06-12', time: '21:00', kind: 'meetup' });
    expect(startsAtOf(draft.event)).toBe(new Date(2025, 5, 12, 21, 0).getTime());
    expect(draftHasContent(draft)).toBe(false);
  });

  it('saves the listed rows and the row being typed, linking existing people', () => {
    const capture = captureFromDraft(draftWithPeople());
    expect(capture.event).toEqual({
      newEvent: {
        name: 'Rust Tokyo #12',
        startsAt: new Date(2025, 5, 12, 21, 0).getTime(),
        kind: 'meetup',
        series: 'Rust Tokyo',
        location: '',
      },
    });
    expect(capture.people).toEqual([
      { name: 'Aiko Tanaka', givenName: 'Aiko', familyName: 'Tanaka', note: '#rust' },
      { personId: 'person-1', name: 'Ben Ito', note: 'again' },
      { name: 'Chie', givenName: '', familyName: '', note: '?job' },
    ]);
  });

  it('splits a new person’s name as imports do, family first in Japanese, unless corrected', () => {
    const row = { key: 'k', personId: null, note: '' };
    expect(capturedNameParts({ ...row, name: '田中 花子' })).toEqual({
      familyName: '田中',
      givenName: '花子',
    });
    expect(capturedNameParts({ ...row, name: 'Ada Lovelace' })).toEqual({
      givenName: 'Ada',
      familyName: 'Lovelace',
    });
    expect(
      capturedNameParts({
        ...row,
        name: 'Mary Ann Smith',
        givenName: 'Mary Ann',
        familyName: 'Smith',
      }),
    ).toEqual({ givenName: 'Mary Ann', familyName: 'Smith' });
  });

  it('refers to a chosen event by id only', () => {
    const draft = draftWithPeople();
    const capture = captureFromDraft({ ...draft, event: { ...draft.event, eventId: 'event-7' } });
    expect(capture.event).toEqual({ eventId: 'event-7' });
  });
});

describe('the stored draft', () => {
  it('round-trips through storage and is gone once cleared', () => {
    const storage = new MemoryStorage();
    const draft = draftWithPeople();
    writeCaptureDraft(storage, draft);
    expect(readCaptureDraft(storage)).toEqual(draft);
    clearCaptureDraft(storage);
    expect(readCaptureDraft(storage)).toBeNull();
  });

  it('forgets a draft that holds nothing typed instead of offering it again', () => {
    const storage = new MemoryStorage();
    writeCaptureDraft(storage, draftWithPeople());
    writeCaptureDraft(storage, emptyCaptureDraft());
    expect(storage.getItem(CAPTURE_DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('drops what it cannot read back as a draft', () => {
    const storage = new MemoryStorage();
    storage.setItem(CAPTURE_DRAFT_STORAGE_KEY, '{not json');
    expect(readCaptureDraft(storage)).toBeNull();
    storage.setItem(CAPTURE_DRAFT_STORAGE_KEY, JSON.stringify({ event: { name: 'x' } }));
    expect(readCaptureDraft(storage)).toBeNull();
  });
});
