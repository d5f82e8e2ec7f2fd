// When the app cannot open its database (a failed upgrade, a database from a newer version), the
// boot error screen can still save what is stored: every object store of the IndexedDB database,
// read with the plain IndexedDB API at whatever version it is (no schema, no upgrade, no Dexie),
// as one JSON file with each store's key path and rows (and keys, where they are not in the
// rows). It is not a backup the restore reads; it is the user's data in a form anyone can read.
export interface RawStoreDump {
  keyPath: string | string[] | null;
  rows: unknown[];
  /** Only for stores whose keys are not part of their rows. */
  keys?: unknown[];
}

export interface RawDatabaseDump {
  format: 'hallway-raw-indexeddb';
  databaseName: string;
  /** IndexedDB's own version number (Dexie stores its schema version times ten). */
  indexedDbVersion: number;
  savedAt: number;
  stores: Record<string, RawStoreDump>;
}

const request = <T>(operation: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error ?? new Error('IndexedDB request failed'));
  });

async function exists(factory: IDBFactory, name: string): Promise<boolean> {
  const databases = await factory.databases();
  return databases.some((database) => database.name === name);
}

function openAsStored(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(name);
    // Opening without a version never upgrades an existing database; this one exists.
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error(`${name} could not be opened`));
    opening.onblocked = () => reject(new Error(`${name} is held by another window`));
  });
}

/** Every object store of `name`, or null when no such database exists. */
export async function dumpRawDatabase(
  name: string,
  now: number,
  factory: IDBFactory = indexedDB,
): Promise<RawDatabaseDump | null> {
  if (!(await exists(factory, name))) return null;
  const database = await openAsStored(factory, name);
  try {
    const storeNames = [...database.objectStoreNames];
    const stores: Record<string, RawStoreDump> = {};
    if (storeNames.length > 0) {
      const transaction = database.transaction(storeNames, 'readonly');
      await Promise.all(
        storeNames.map(async (storeName) => {
          const store = transaction.objectStore(storeName);
          const rows = await request(store.getAll());
          const keyPath = store.keyPath;
          stores[storeName] =
            keyPath === null
              ? { keyPath, rows, keys: await request(store.getAllKeys()) }
              : { keyPath, rows };
        }),
      );
    }
    return {
      format: 'hallway-raw-indexeddb',
      databaseName: name,
      indexedDbVersion: database.version,
      savedAt: now,
      stores,
    };
  } finally {
    database.close();
  }
}
