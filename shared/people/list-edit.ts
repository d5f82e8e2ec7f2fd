// One change of a person's list field (e-mails, phones, links, languages, topics) as the user made
// it on screen: add an item, remove one, or replace one with another. The write applies it to the
// list as stored, not to the list the screen showed, which may be behind (a phone typed while
// another is removed: both stick). An item is listed once; an edit that changes nothing is none.
// Each applied edit comes with the edit that takes it back (Undo).

export type ListEdit =
  | { add: string; /** Where it goes (Undo of a removal); at the end without. */ at?: number }
  | { remove: string }
  | { replace: string; with: string };

export interface AppliedListEdit {
  list: string[];
  undo: ListEdit;
}

/** `edit` applied to `list`, or null when it changes nothing. Items are compared as given. */
export function applyListEdit(list: readonly string[], edit: ListEdit): AppliedListEdit | null {
  if ('add' in edit) {
    if (edit.add === '' || list.includes(edit.add)) return null;
    const at = Math.min(Math.max(edit.at ?? list.length, 0), list.length);
    return {
      list: [...list.slice(0, at), edit.add, ...list.slice(at)],
      undo: { remove: edit.add },
    };
  }
  if ('remove' in edit) {
    const at = list.indexOf(edit.remove);
    if (at < 0) return null;
    return { list: list.filter((_, index) => index !== at), undo: { add: edit.remove, at } };
  }
  const at = list.indexOf(edit.replace);
  // Emptied: removed. Gone meanwhile: what was typed is kept all the same.
  if (edit.with === '') return applyListEdit(list, { remove: edit.replace });
  if (at < 0) return applyListEdit(list, { add: edit.with });
  if (edit.with === edit.replace) return null;
  if (list.includes(edit.with)) return applyListEdit(list, { remove: edit.replace });
  return {
    list: list.map((item, index) => (index === at ? edit.with : item)),
    undo: { replace: edit.with, with: edit.replace },
  };
}
