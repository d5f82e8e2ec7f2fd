import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyListEdit, type ListEdit } from './list-edit';

describe('applyListEdit', () => {
  it('adds at the end, or where asked, and never twice', () => {
    expect(applyListEdit(['a'], { add: 'b' })?.list).toEqual(['a', 'b']);
    expect(applyListEdit(['a', 'c'], { add: 'b', at: 1 })?.list).toEqual(['a', 'b', 'c']);
    expect(applyListEdit(['a'], { add: 'a' })).toBeNull();
    expect(applyListEdit(['a'], { add: '' })).toBeNull();
  });

  it('removes the item itself, wherever the stored list has it', () => {
    expect(applyListEdit(['x', 'a', 'b'], { remove: 'a' })).toEqual({
      list: ['x', 'b'],
      undo: { add: 'a', at: 1 },
    });
    expect(applyListEdit(['b'], { remove: 'a' })).toBeNull();
  });

  it('replaces in place; an emptied item is removed, one gone meanwhile is added', () => {
    expect(applyListEdit(['a', 'b'], { replace: 'a', with: 'c' })).toEqual({
      list: ['c', 'b'],
      undo: { replace: 'c', with: 'a' },
    });
    expect(applyListEdit(['a', 'b'], { replace: 'a', with: '' })?.list).toEqual(['b']);
    expect(applyListEdit(['b'], { replace: 'a', with: 'c' })?.list).toEqual(['b', 'c']);
    expect(applyListEdit(['a', 'b'], { replace: 'a', with: 'b' })?.list).toEqual(['b']);
    expect(applyListEdit(['a'], { replace: 'a', with: 'a' })).toBeNull();
  });

  it('keeps both of two edits made from the same screen, in either order', () => {
    const onScreen = ['090-1', '090-2'];
    const typed: ListEdit = { add: '090-3' };
    const removed: ListEdit = { remove: '090-1' };
    for (const [first, second] of [
      [typed, removed],
      [removed, typed],
    ]) {
      const once = applyListEdit(onScreen, first)!.list;
      expect(applyListEdit(once, second)?.list.sort()).toEqual(['090-2', '090-3']);
    }
  });

  it('takes any edit back with its undo', () => {
    const item = fc.constantFrom('a', 'b', 'c', 'd', '');
    const edit: fc.Arbitrary<ListEdit> = fc.oneof(
      fc.record({ add: item }),
      fc.record({ remove: item }),
      fc.record({ replace: item, with: item }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(item.filter((value) => value !== '')), edit, (list, change) => {
        const applied = applyListEdit(list, change);
        if (applied) expect(applyListEdit(applied.list, applied.undo)?.list).toEqual(list);
      }),
    );
  });
});
