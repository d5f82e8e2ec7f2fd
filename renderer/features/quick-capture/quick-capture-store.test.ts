import { beforeEach, describe, expect, it } from 'vitest';
import {
  addEntryToRows,
  editRow,
  removeRow,
  startNewDraft,
  updateEntry,
  useQuickCaptureStore,
} from './quick-capture-store';

const draft = () => useQuickCaptureStore.getState().draft;

describe('the quick-capture rows', () => {
  beforeEach(startNewDraft);

  it('lists the row being typed and starts an empty one, ignoring a row without a name', () => {
    updateEntry({ name: 'Aiko', note: '#rust' });
    addEntryToRows();
    updateEntry({ note: 'no name yet' });
    addEntryToRows();
    expect(draft().rows.map((row) => row.name)).toEqual(['Aiko']);
    expect(draft().entry).toMatchObject({ name: '', note: 'no name yet', personId: null });
  });

  it('takes a row back for editing, listing what was being typed, and removes rows', () => {
    updateEntry({ name: 'Aiko' });
    addEntryToRows();
    updateEntry({ name: 'Ben' });
    addEntryToRows();
    const aiko = draft().rows[0];
    updateEntry({ name: 'Chie' });
    editRow(aiko.key);
    expect(draft().entry.name).toBe('Aiko');
    expect(draft().rows.map((row) => row.name)).toEqual(['Ben', 'Chie']);
    removeRow(draft().rows[0].key);
    expect(draft().rows.map((row) => row.name)).toEqual(['Chie']);
  });

  it('splits a renamed person again instead of keeping parts corrected for the old name', () => {
    updateEntry({ name: 'Aiko Tanaka', givenName: 'A.', familyName: 'Tanaka' });
    updateEntry({ note: 'still Aiko' });
    expect(draft().entry.givenName).toBe('A.');
    updateEntry({ name: 'Ben Ito' });
    expect(draft().entry).toMatchObject({ givenName: undefined, familyName: undefined });
  });
});
