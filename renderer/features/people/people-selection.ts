// The People list's multiple selection, as pure steps on { ids, anchorId }: Ctrl/Cmd-click
// toggles one person (and becomes the anchor), Shift-click and Shift+arrows select the range from
// the anchor to the person reached (replacing the previous range, as file managers do), Ctrl+A
// selects the whole list as filtered, Escape clears. The list's cursor (the person the keyboard
// is on) is separate: people-list-store's selectedId.
export interface PeopleSelection {
  ids: ReadonlySet<string>;
  /** Where a Shift range starts: the last person toggled, or where a range began. */
  anchorId: string | null;
}

export const NO_SELECTION: PeopleSelection = { ids: new Set(), anchorId: null };

export function togglePerson(selection: PeopleSelection, id: string): PeopleSelection {
  const ids = new Set(selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchorId: id };
}

/**
 * The people from the anchor to `toId`, in list order. Without an anchor (or one no longer
 * listed), `fromId` (the cursor) starts the range and becomes the anchor.
 */
export function selectRange(
  selection: PeopleSelection,
  order: readonly string[],
  toId: string,
  fromId: string | null = null,
): PeopleSelection {
  const anchorIndex = selection.anchorId === null ? -1 : order.indexOf(selection.anchorId);
  const anchorId = anchorIndex >= 0 ? selection.anchorId : (fromId ?? toId);
  const from = order.indexOf(anchorId ?? toId);
  const to = order.indexOf(toId);
  if (from < 0 || to < 0) return selection;
  const [first, last] = from <= to ? [from, to] : [to, from];
  return { ids: new Set(order.slice(first, last + 1)), anchorId };
}

export function selectAll(order: readonly string[]): PeopleSelection {
  return { ids: new Set(order), anchorId: order[0] ?? null };
}

/** Drops the people the list no longer shows (trashed, filtered out). */
export function keepListed(selection: PeopleSelection, order: readonly string[]): PeopleSelection {
  if (selection.ids.size === 0) return selection;
  const listed = new Set(order);
  const ids = new Set([...selection.ids].filter((id) => listed.has(id)));
  if (ids.size === selection.ids.size) return selection;
  return {
    ids,
    anchorId:
      selection.anchorId !== null && listed.has(selection.anchorId) ? selection.anchorId : null,
  };
}

/** The selected ids in list order (what the actions act on, and exports write). */
export function selectedInOrder(selection: PeopleSelection, order: readonly string[]): string[] {
  return order.filter((id) => selection.ids.has(id));
}
