// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
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
import { createEvent, trashEvent } from '../../data/writes/events-writes';
import { logInteraction, trashInteraction } from '../../data/writes/interactions-writes';
import { mergePeople } from '../../data/writes/merge-people-writes';
import { createShift, trashShift } from '../../data/writes/volunteer-shifts-writes';

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
    expect(dialog.textContent).toContain('Deleted for good: 2 people.');
    await user.click(within(dialog).getByRole('button', { name: 'Empty trash' }));

    expect(await screen.findByText('Deleted 2 people for good')).toBeTruthy();
    expect(await db.people.count()).toBe(1);
    expect(await db.people.get(live.id)).toBeDefined();
  });

  it('shows a merged-away record as merged into the kept person, without Restore', async () => {
    const kept = await createPerson(db, { givenName: 'Aiko', familyName: 'Tanaka' });
    const other = await createPerson(db, { givenName: 'Aiko', familyName: 'T.' });
    await mergePeople(db, kept.id, other.id);
    const user = userEvent.setup();
    renderApp();

    const item = (await screen.findByText('Aiko T.')).closest('li')!;
    const link = await within(item).findByRole('link', { name: 'Aiko Tanaka' });
    expect(item.textContent).toContain('Merged into Aiko Tanaka.');
    expect(within(item).queryByRole('button', { name: /Restore/ })).toBeNull();
    expect(within(item).getByRole('button', { name: 'Delete Aiko T. for good' })).toBeTruthy();

    await user.click(link);
    await waitFor(() => expect(window.location.hash).toBe(`#/people/${kept.id}`));
  });

  it('lists trashed events, restores one, and deletes one for good after confirming', async () => {
    const ada = await createPerson(db, { givenName: 'Ada', familyName: 'Lovelace' });
    const kept = await createEvent(db, { name: 'Rust.Tokyo', startsAt: Date.now() });
    const gone = await createEvent(db, { name: 'Go Conference', startsAt: Date.now() });
    const met = await logInteraction(db, {
      personId: ada.id,
      at: Date.now(),
      kind: 'met',
      eventId: gone.id,
    });
    await trashEvent(db, kept.id);
    await trashEvent(db, gone.id);
    const user = userEvent.setup();
    renderApp();

    const list = await screen.findByRole('list', { name: 'Events in the trash' });
    await user.click(within(list).getByRole('button', { name: 'Restore Rust.Tokyo' }));
    expect(await screen.findByText('Restored Rust.Tokyo')).toBeTruthy();
    expect((await db.events.get(kept.id))?.deletedAt).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Delete Go Conference for good' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Go Conference for good?' });
    expect(dialog.textContent).toContain('meetings logged at it stay with each person');
    await user.click(within(dialog).getByRole('button', { name: 'Delete for good' }));

    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeTruthy();
    expect(await db.events.get(gone.id)).toBeUndefined();
    expect((await db.interactions.get(met.id))?.personId).toBe(ada.id);
  });

  it('empties people and events together, naming both', async () => {
    await trashed('Aiko', 'Tanaka');
    const event = await createEvent(db, { name: 'Rust.Tokyo', startsAt: Date.now() });
    await trashEvent(db, event.id);
    const user = userEvent.setup();
    renderApp();

    await screen.findByRole('list', { name: 'Events in the trash' });
    await user.click(screen.getByRole('button', { name: 'Empty trash' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Empty the trash?' });
    expect(dialog.textContent).toContain('Deleted for good: 1 person and 1 event.');
    await user.click(within(dialog).getByRole('button', { name: 'Empty trash' }));

    expect(await screen.findByText('Deleted 1 person and 1 event for good')).toBeTruthy();
    expect(await db.events.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });

  it('lists a trashed meeting with its person and note, and restores it', async () => {
    const ada = await createPerson(db, { givenName: 'Ada', familyName: 'Lovelace' });
    const met = await logInteraction(db, {
      personId: ada.id,
      at: Date.now(),
      kind: 'met',
      note: 'talked about engines',
    });
    await trashInteraction(db, met.id);
    const user = userEvent.setup();
    renderApp();

    const list = await screen.findByRole('list', {
      name: 'Meetings, calls and messages in the trash',
    });
    expect(list.textContent).toContain('talked about engines');
    await user.click(within(list).getByRole('button', { name: 'Restore Met with Ada Lovelace' }));

    expect(await screen.findByText('Restored Met with Ada Lovelace')).toBeTruthy();
    expect((await db.interactions.get(met.id))?.deletedAt).toBe(0);
  });

  it('deletes a trashed meeting for good after confirming', async () => {
    const ada = await createPerson(db, { givenName: 'Ada', familyName: 'Lovelace' });
    const met = await logInteraction(db, { personId: ada.id, at: Date.now(), kind: 'call' });
    await trashInteraction(db, met.id);
    const user = userEvent.setup();
    renderApp();

    await user.click(
      await screen.findByRole('button', { name: 'Delete Call with Ada Lovelace for good' }),
    );
    const dialog = screen.getByRole('alertdialog', {
      name: 'Delete Call with Ada Lovelace for good?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Delete for good' }));

    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeTruthy();
    expect(await db.interactions.get(met.id)).toBeUndefined();
    expect(await db.people.get(ada.id)).toBeDefined();
  });

  it('lists a trashed volunteer shift with its volunteer and event, and restores it', async () => {
    const ada = await createPerson(db, { givenName: 'Ada', familyName: 'Lovelace' });
    const event = await createEvent(db, { name: 'Rust.Tokyo', startsAt: Date.now() });
    const shift = await createShift(db, {
      eventId: event.id,
      personId: ada.id,
      role: 'reception',
      startsAt: Date.now(),
      endsAt: Date.now() + 3_600_000,
    });
    await trashShift(db, shift.id);
    const user = userEvent.setup();
    renderApp();

    const list = await screen.findByRole('list', { name: 'Volunteer shifts in the trash' });
    expect(list.textContent).toContain('Rust.Tokyo');
    await user.click(within(list).getByRole('button', { name: /^Restore .*Ada Lovelace$/ }));

    await screen.findByRole('heading', { name: 'The trash is empty' });
    expect((await db.volunteerShifts.get(shift.id))?.deletedAt).toBe(0);
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
