// Asks the browser to keep this origin's storage (navigator.storage.persist): without it, a
// browser short of disk space may clear IndexedDB, and with it every person, without a word. The
// answer is kept for Settings. Chromium grants or refuses without a prompt; Firefox asks the user.
// The desktop app asks too (its permission policy grants it). `storage` is injected in tests.
import { create } from 'zustand';

export type StoragePersistence = 'persistent' | 'best-effort' | 'unknown';

export const useStoragePersistenceStore = create<{ persistence: StoragePersistence }>(() => ({
  persistence: 'unknown',
}));

export type PersistableStorage = Pick<StorageManager, 'persist' | 'persisted'>;

export async function requestPersistentStorage(
  storage: PersistableStorage | undefined = globalThis.navigator?.storage,
): Promise<StoragePersistence> {
  let persistence: StoragePersistence = 'unknown';
  try {
    if (storage?.persist) {
      const granted = (await storage.persisted()) || (await storage.persist());
      persistence = granted ? 'persistent' : 'best-effort';
    }
  } catch {
    persistence = 'unknown';
  }
  useStoragePersistenceStore.setState({ persistence });
  return persistence;
}
