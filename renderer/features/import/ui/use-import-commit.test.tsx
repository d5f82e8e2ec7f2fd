// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../../../shared/platform/platform';
import { DatabaseContext } from '../../../app/database-context';
import { PlatformContext } from '../../../app/platform-context';
import { useToastStore } from '../../../app/toasts/toast-store';
import { HallwayDatabase } from '../../../db/database';
import { createI18n } from '../../../i18n/create-i18n';
import { createWebPlatform } from '../../../platform/web';
import { closeImport, useImportLaunchStore } from './import-launch-store';
import { plannedRowFixture, previewFixture } from './preview-fixture';
import { attachmentFor, useImportCommit } from './use-import-commit';

let db: HallwayDatabase;
let platform: Platform = createWebPlatform();

beforeEach(async () => {
  db = new HallwayDatabase(`import-commit-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  platform = createWebPlatform();
  closeImport();
  useToastStore.setState({ toasts: [] });
  await db.delete();
});

function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={createI18n('en')}>
      <PlatformContext.Provider value={platform}>
        <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>
      </PlatformContext.Provider>
    </I18nextProvider>
  );
}

const preview = previewFixture({ rows: [plannedRowFixture(2, 'Ben Okafor')] });
const noDecisions = new Map();

describe('writing an import', () => {
  it('ends on the summary with a toast', async () => {
    const { result } = renderHook(useImportCommit, { wrapper: Providers });
    await act(() =>
      result.current.run(preview, { decisions: noDecisions, event: { kind: 'none' } }),
    );
    expect(result.current.state).toMatchObject({ step: 'done', summary: { created: 1 } });
    expect(useToastStore.getState().toasts[0]?.message).toBe('Import done: 1 created, 0 merged.');
    expect(await db.people.count()).toBe(1);
  });

  it('cancelled, writes nothing and says so; no new import can start meanwhile', async () => {
    const { result } = renderHook(useImportCommit, { wrapper: Providers });
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run(preview, { decisions: noDecisions, event: { kind: 'none' } });
    });
    expect(useImportLaunchStore.getState().writing).toBe(true);
    act(() => result.current.abort());
    await act(() => running);
    expect(result.current.state).toEqual({
      step: 'failed',
      message: 'Import cancelled; nothing was changed.',
    });
    expect(useImportLaunchStore.getState().writing).toBe(false);
    expect(await db.people.count()).toBe(0);
  });

  it('into an event deleted meanwhile, writes nothing and says why', async () => {
    const { result } = renderHook(useImportCommit, { wrapper: Providers });
    await act(() =>
      result.current.run(preview, {
        decisions: noDecisions,
        event: { kind: 'existing', eventId: 'gone' },
      }),
    );
    await waitFor(() => expect(result.current.state.step).toBe('failed'));
    expect(result.current.state).toMatchObject({
      message: 'The event was deleted in the meantime; nothing was changed.',
    });
    expect(await db.people.count()).toBe(0);
  });
});

describe('the event an import is attached to', () => {
  it('is a new event with the typed name and local start, an existing one, or none', () => {
    const typed = { name: ' Rust Tokyo #12 ', startsAt: '2026-10-20T19:00', url: '' } as const;
    expect(attachmentFor({ kind: 'new', ...typed, eventKind: 'meetup' })).toEqual({
      newEvent: {
        name: 'Rust Tokyo #12',
        startsAt: new Date(2026, 9, 20, 19).getTime(),
        kind: 'meetup',
      },
    });
    expect(
      attachmentFor({
        kind: 'new',
        ...typed,
        eventKind: 'workshop',
        url: ' https://connpass.com/event/1/ ',
      }),
    ).toMatchObject({ newEvent: { kind: 'workshop', url: 'https://connpass.com/event/1/' } });
    expect(attachmentFor({ kind: 'existing', eventId: 'e1' })).toEqual({ existingEventId: 'e1' });
    expect(attachmentFor({ kind: 'none' })).toBeUndefined();
  });

  it('on the desktop, merging rows saves a before-merge backup first, and writes nothing without it', async () => {
    const writeBackup = vi.fn(async () => ({ saved: false as const }));
    platform = { ...createWebPlatform(), kind: 'desktop', writeBackup };
    const { result } = renderHook(useImportCommit, { wrapper: Providers });

    await act(() =>
      result.current.run(preview, { decisions: noDecisions, event: { kind: 'none' } }),
    );
    expect(writeBackup).not.toHaveBeenCalled();
    await act(() =>
      result.current.run(preview, { decisions: new Map([[2, 'merge']]), event: { kind: 'none' } }),
    );

    expect(writeBackup).toHaveBeenCalledExactlyOnceWith(expect.any(String), 'before-merge');
    expect(result.current.state).toEqual({
      step: 'failed',
      message: 'The import failed; nothing was changed.',
    });
    expect(await db.people.count()).toBe(1);
  });
});
