// The state storage of one server process: each value a JSON file in the data folder
// (`<name>.json`), written atomically, and only when it changed. Updates are queued, one at a time.
import path from 'node:path';
import type { StoreFs } from './atomic-write';
import { readJsonFile, writeJsonFile } from './json-file';
import { changedValues, type StateStorage, type StateValues } from './state-storage';

export function createFileStateStorage(dataDir: string, fs: StoreFs): StateStorage {
  const fileOf = (name: string) => path.join(dataDir, `${name}.json`);
  let queue: Promise<unknown> = Promise.resolve();

  const read = async (names: readonly string[]): Promise<StateValues> => {
    const values: StateValues = {};
    for (const name of names) {
      const value = await readJsonFile(fs, fileOf(name));
      if (value !== undefined) values[name] = value;
    }
    return values;
  };

  return {
    read,
    update(names, change) {
      const turn = queue.then(async () => {
        const previous = await read(names);
        const changed = changedValues(previous, change(structuredClone(previous)));
        for (const [name, value] of Object.entries(changed)) {
          await writeJsonFile(fs, fileOf(name), value);
        }
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
    // One process per data folder: nobody else changes these files.
    onChangedElsewhere() {},
  };
}
