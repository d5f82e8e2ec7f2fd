// Where the server keeps its small state (accounts, revocations, and with PostgreSQL the token
// secret): named JSON values, read whole and changed whole. Two kinds: JSON files in the data folder
// (one server process), or rows in PostgreSQL that several processes share
// (postgres-state-storage.ts). An update runs alone against every other update of the same storage,
// in this process or another, so a change is made to the latest values and is never lost.

/** Name → JSON value; a name never saved is absent. */
export type StateValues = Record<string, unknown>;

export interface StateStorage {
  read(names: readonly string[]): Promise<StateValues>;
  /**
   * Reads the latest values of `names`, lets `change` compute the new ones, and saves those that
   * differ, with no other update in between. `change` may throw: nothing is saved then.
   */
  update(names: readonly string[], change: (values: StateValues) => StateValues): Promise<void>;
  /** Calls `listener` after another process changed the state (never for this process' updates). */
  onChangedElsewhere(listener: () => void): void;
}

/** The values of `next` whose JSON differs from `previous` (what an update has to save). */
export function changedValues(previous: StateValues, next: StateValues): StateValues {
  return Object.fromEntries(
    Object.entries(next).filter(
      ([name, value]) => JSON.stringify(value) !== JSON.stringify(previous[name]),
    ),
  );
}
