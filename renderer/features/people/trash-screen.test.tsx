// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../../app/app-root';
import { useToastStore } from '../../app/toasts/toast-store';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';
import type { BackupKind } from '../../../shared/backup/backup-kind';
import type { Platform } from '../../../shared/platform/platform';
import { createPerson, trashPerson } from '../../data/writes/people-writes';
import { logInteraction } from '../../data/writes/interactions-writes';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`trash-screen-${crypto.randomUUID()}`);
  await db.open();
  window.location.hash = '#/people/trash';
});

afterEach(async () => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  await db.delete();
});

function renderApp(platform: Platform = createWebPlatform()) {
  render(<AppRoot db={db} platform={platform} i18n={createI18n('en')} onReady={vi.fn()} />);
}

async function trashed(givenName: string, familyName: string) {
  const person = await createPerson(db, { givenName, familyName });
  await logInteraction(db, { personId: person.id, at: Date.now(), kind: 'call' });
  await trashPerson(db, person.id);
  return person;
}

describe('the Trash', () => {
  it('says so when it is empty', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Empty trash' })).toBeNull();
  });

  it('restores a person to the list', async () => {
    const aiko = await trashed('Aiko', 'Tanaka');
    const user = userEvent.setup();
    renderApp();

    await user.click(await screen.findByRole('button', { name: 'Restore Aiko Tanaka' }));

    expect(await screen.findByText('Restored Aiko Tanaka')).toBeTruthy();
    expect((await db.people.get(aiko.id))?.deletedAt).toBe(0);
  });

  it('deletes for good only after a confirmation that names the person and what is lost', async () => {
    const aiko = await trashed('Aiko', 'Tanaka');
    const user = userEvent.setup();
    renderApp();

    await user.click(await screen.findByRole('button', { name: 'Delete Aiko Tanaka for good' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Aiko Tanaka for good?' });
    expect(dialog.textContent).toContain('interactions');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db.people.get(aiko.id)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete Aiko Tanaka for good' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete for good' }),
    );

    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeTruthy();
    expect(await db.people.get(aiko.id)).toBeUndefined();
    expect(await db.interactions.count()).toBe(0);
  });

  it('empties the whole trash after confirming, leaving live people alone', async () => {
    await trashed('Aiko', 'Tanaka');
    await trashed('Ben', 'Carter');
    const live = await createPerson(db, { givenName: 'Chloe', familyName: 'Dupont' });
    const user = userEvent.setup();
    renderApp();

    await user.click(await screen.findByRole('button', { name: 'Empty trash' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Empty the trash?' });
    expect(dialog.textContent).toContain('2 people are deleted for good');
    await user.click(within(dialog).getByRole('button', { name: 'Empty trash' }));

    expect(await screen.findByText('Deleted 2 people for good')).toBeTruthy();
    expect(await db.people.count()).toBe(1);
    expect(await db.people.get(live.id)).toBeDefined();
  });

  it('on the desktop saves a backup before emptying, and empties nothing when it is not saved', async () => {
    await trashed('Aiko', 'Tanaka');
    const peopleWhenBackedUp: number[] = [];
    let saved = false;
    // The automatic backup at start writes too; only the copies before emptying are counted.
    const writeBackup = vi.fn(async (_json: string, kind: BackupKind) => {
      if (kind === 'before-empty-trash') peopleWhenBackedUp.push(await db.people.count());
      return saved ? { saved: true as const, location: 'b.json' } : { saved: false as const };
    });
    const user = userEvent.setup();
    renderApp({
      ...createWebPlatform(),
      kind: 'desktop',
      listBackups: async () => [],
      writeBackup,
    });
    const emptyTrashNow = async () => {
      await user.click(await screen.findByRole('button', { name: 'Empty trash' }));
      const dialog = screen.getByRole('alertdialog', { name: 'Empty the trash?' });
      await user.click(within(dialog).getByRole('button', { name: 'Empty trash' }));
    };

    await emptyTrashNow();
    expect(await screen.findByText('Could not empty the trash; nothing was deleted.')).toBeTruthy();
    expect(await db.people.count()).toBe(1);

    saved = true;
    await emptyTrashNow();
    expect(await screen.findByText('Deleted 1 person for good')).toBeTruthy();
    expect(writeBackup).toHaveBeenLastCalledWith(expect.any(String), 'before-empty-trash');
    expect(peopleWhenBackedUp).toEqual([1, 1]);
    expect(await db.people.count()).toBe(0);
  });
});
