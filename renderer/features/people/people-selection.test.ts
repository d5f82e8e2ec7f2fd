import { describe, expect, it } from 'vitest';
import {
  keepListed,
  NO_SELECTION,
  selectAll,
  selectedInOrder,
  selectRange,
  togglePerson,
  type PeopleSelection,
} from './people-selection';

const order = ['a', 'b', 'c', 'd', 'e'];
const ids = (selection: PeopleSelection) => [...selection.ids].sort();

describe('the People list selection', () => {
  it('Ctrl-click toggles one person and makes them the anchor', () => {
    const once = togglePerson(NO_SELECTION, 'b');
    expect(ids(once)).toEqual(['b']);
    expect(once.anchorId).toBe('b');
    const twice = togglePerson(togglePerson(once, 'd'), 'b');
    expect(ids(twice)).toEqual(['d']);
    expect(twice.anchorId).toBe('b');
  });

  it('Shift-click selects from the anchor to the person, either direction, replacing the range', () => {
    const anchored = togglePerson(NO_SELECTION, 'b');
    expect(ids(selectRange(anchored, order, 'd'))).toEqual(['b', 'c', 'd']);
    const back = selectRange(selectRange(anchored, order, 'e'), order, 'a');
    expect(ids(back)).toEqual(['a', 'b']);
    expect(back.anchorId).toBe('b');
  });

  it('without an anchor, a range starts at the cursor (Shift+arrows from where the keyboard is)', () => {
    const down = selectRange(NO_SELECTION, order, 'd', 'c');
    expect(ids(down)).toEqual(['c', 'd']);
    expect(down.anchorId).toBe('c');
    expect(ids(selectRange(down, order, 'e'))).toEqual(['c', 'd', 'e']);
    expect(ids(selectRange(NO_SELECTION, order, 'a'))).toEqual(['a']);
  });

  it('select all takes the whole list as filtered; Esc (NO_SELECTION) clears', () => {
    expect(ids(selectAll(order))).toEqual(order);
    expect(NO_SELECTION.ids.size).toBe(0);
  });

  it('drops people the list no longer shows, and gives the rest in list order', () => {
    const selection = selectRange(togglePerson(NO_SELECTION, 'b'), order, 'd');
    const kept = keepListed(selection, ['a', 'c', 'd', 'e']);
    expect(ids(kept)).toEqual(['c', 'd']);
    expect(kept.anchorId).toBeNull();
    expect(keepListed(selection, order)).toBe(selection);
    expect(selectedInOrder(togglePerson(togglePerson(NO_SELECTION, 'e'), 'a'), order)).toEqual([
      'a',
      'e',
    ]);
  });
});
