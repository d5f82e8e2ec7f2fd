// Two windows or tabs on one database. IndexedDB keeps one schema version open at a time: when
// another window opens a newer one (a newer Hallway after an update) or deletes the database, this
// connection is asked to close ('versionchange'). Dexie's default closes it but reopens it on the
// next query, at this code's older version: a VersionError. HallwayDatabase closes for good
// instead, and watchOtherWindows tells the window, which asks the user to reload. When this
// window's own open waits on another that holds an older version open and does not close it
// ('blocked'), the window says that too, until the open goes through.
import type Dexie from 'dexie';
import { create } from 'zustand';

/** alone: nothing to say; blocked: our open waits on another window; replaced: closed for good. */
export type OtherWindowsState = 'alone' | 'blocked' | 'replaced';

export const useOtherWindowsStore = create<{ state: OtherWindowsState }>(() => ({
  state: 'alone',
}));

/** Closes `db` for good, never to reopen at its older version, when another window replaces it. */
export function closeWhenReplaced(db: Dexie): void {
  db.on('versionchange', () => {
    db.close();
    // Stops Dexie's own handler, which would close with reopening allowed.
    return false;
  });
}

/** Reports what other windows do to `db` in useOtherWindowsStore, from before it is opened. */
export function watchOtherWindows(db: Dexie): void {
  db.on('versionchange', () => useOtherWindowsStore.setState({ state: 'replaced' }));
  db.on('blocked', () => {
    if (useOtherWindowsStore.getState().state === 'alone') {
      useOtherWindowsStore.setState({ state: 'blocked' });
    }
  });
  db.on('ready', () => {
    if (useOtherWindowsStore.getState().state === 'blocked') {
      useOtherWindowsStore.setState({ state: 'alone' });
    }
  });
}
