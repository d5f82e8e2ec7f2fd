// Keeps the documents' states on the device. A changed document is saved a moment later (SAVE_DELAY_MS)
// with the others changed meanwhile, in one transaction: a first sync or a bulk edit changes many
// documents in a burst, and a state is the whole document, so saving each update at once would
// encode and write the same document again and again. Flushed when the session stops and when the
// page is hidden (closing the window), so the last second of edits is not left unsaved.
import * as Y from 'yjs';
import type { HallwayDatabase } from '../../db/database';
import { saveDocumentStates } from '../../data/sync-document-store';
import { ignoreWhenClosed } from '../../db/ignore-when-closed';

export const SAVE_DELAY_MS = 1_000;

export class DocumentSaver {
  private readonly changed = new Map<string, Y.Doc>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: HallwayDatabase,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {}

  /** Saves `doc` under `name` with the next batch. */
  markChanged(name: string, doc: Y.Doc): void {
    this.changed.set(name, doc);
    this.timer ??= setTimeout(() => void this.flush().catch(ignoreWhenClosed), this.delayMs);
  }

  /** Saves every changed document now; resolves once they (and any earlier batch) are stored. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const records = [...this.changed].map(([name, doc]) => ({
      name,
      state: Y.encodeStateAsUpdate(doc),
    }));
    this.changed.clear();
    const batch = this.saving.then(() => saveDocumentStates(this.db, records));
    // A failed batch (the database closed under it) must not fail the batches after it.
    this.saving = batch.catch(() => undefined);
    return batch;
  }
}
