import { expose } from 'comlink';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportProgress } from '../../../shared/import/import-preview';
import { HallwayDatabase } from '../../db/database';
import { startImport } from './import-api';
import type { ImportWorkerApi } from './import-worker-api';
import { importWorkerApi } from './preview-import-file';

/** A worker on a MessageChannel, serving `api` in this thread as the real worker serves its own. */
class FakeWorker {
  static api: ImportWorkerApi = importWorkerApi;
  static terminated = 0;
  static last: FakeWorker | undefined;
  private readonly channel = new MessageChannel();
  private readonly failures = new EventTarget();

  constructor() {
    expose(FakeWorker.api, this.channel.port2);
    FakeWorker.last = this;
  }

  /** What a browser does when the worker's script fails to load. */
  failToStart() {
    this.failures.dispatchEvent(new Event('error'));
  }

  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.channel.port1.postMessage(message, transfer);
  }

  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent) => void) {
    if (type === 'error') {
      this.failures.addEventListener(type, listener as EventListener);
      return;
    }
    this.channel.port1.addEventListener(type, listener);
    this.channel.port1.start();
  }

  removeEventListener(type: 'message', listener: (event: MessageEvent) => void) {
    this.channel.port1.removeEventListener(type, listener);
  }

  terminate() {
    FakeWorker.terminated++;
    this.channel.port1.close();
  }
}

let db: HallwayDatabase;
beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.api = importWorkerApi;
  FakeWorker.terminated = 0;
  db = new HallwayDatabase(`import-api-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const meetup = () =>
  new Blob([
    readFileSync(new URL('../../../shared/import/fixtures/meetup-attendees.csv', import.meta.url)),
  ]);

describe('startImport', () => {
  it('previews a file through the worker, reporting each phase, then ends the worker', async () => {
    const progress: ImportProgress[] = [];
    const job = startImport(db, meetup(), {}, (step) => progress.push(step));
    const preview = await job.preview;
    expect(preview).toMatchObject({ kind: 'preview', format: 'meetup', isAttendeeList: true });
    await vi.waitFor(() => expect(progress.map((step) => step.phase)).toContain('matching'));
    expect(progress[0]?.phase).toBe('reading');
    expect(FakeWorker.terminated).toBe(1);
  });

  it('resolves as cancelled and ends the worker when cancelled', async () => {
    FakeWorker.api = { preview: () => new Promise(() => undefined) };
    const job = startImport(db, meetup(), {}, () => undefined);
    job.cancel();
    expect(await job.preview).toEqual({ kind: 'cancelled' });
    expect(FakeWorker.terminated).toBe(1);
  });

  it('reports a worker that fails as an unreadable file', async () => {
    FakeWorker.api = { preview: () => Promise.reject(new Error('out of memory')) };
    const job = startImport(db, meetup(), {}, () => undefined);
    expect(await job.preview).toEqual({ kind: 'failure', reason: 'unreadable' });
  });

  it('reports a worker whose script fails to load as an unreadable file', async () => {
    FakeWorker.api = { preview: () => new Promise(() => undefined) };
    const job = startImport(db, meetup(), {}, () => undefined);
    FakeWorker.last?.failToStart();
    expect(await job.preview).toEqual({ kind: 'failure', reason: 'unreadable' });
    expect(FakeWorker.terminated).toBe(1);
  });
});
