// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../../app/app-root';
import { useToastStore } from '../../app/toasts/toast-store';
import { createPerson } from '../../data/writes/people-writes';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`person-page-trash-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  await db.delete();
});

async function openPageOf(givenName: string, familyName: string) {
  const person = await createPerson(db, { givenName, familyName, company: 'Mozilla' });
  window.location.hash = `#/people/${person.id}`;
  render(
    <AppRoot db={db} platform={createWebPlatform()} i18n={createI18n('en')} onReady={vi.fn()} />,
  );
  await screen.findByRole('heading', { name: `${givenName} ${familyName}`, level: 1 });
  return person;
}

describe('deleting a person from their own page', () => {
  it('moves them to the trash with the Delete key, and Undo brings them back', async () => {
    const aiko = await openPageOf('Aiko', 'Tanaka');
    const user = userEvent.setup();

    await user.keyboard('{Delete}');

    const toast = await screen.findByText('Moved Aiko Tanaka to the trash');
    expect((await db.people.get(aiko.id))?.deletedAt).toBeGreaterThan(0);
    await waitFor(() => expect(window.location.hash).toBe('#/people'));
    await user.click(within(toast.closest('li, div')!).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Restored Aiko Tanaka')).toBeTruthy();
    expect((await db.people.get(aiko.id))?.deletedAt).toBe(0);
  });

  it('has a button for it', async () => {
    const aiko = await openPageOf('Aiko', 'Tanaka');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Move to trash/ }));
    await screen.findByText('Moved Aiko Tanaka to the trash');
    expect((await db.people.get(aiko.id))?.deletedAt).toBeGreaterThan(0);
  });

  it('leaves Backspace alone while a field is being typed in', async () => {
    const aiko = await openPageOf('Aiko', 'Tanaka');
    const user = userEvent.setup();
    const company = screen.getAllByRole('textbox')[0];
    await user.click(company);
    await user.keyboard('{Backspace}{Delete}');
    expect((await db.people.get(aiko.id))?.deletedAt).toBe(0);
  });
});
