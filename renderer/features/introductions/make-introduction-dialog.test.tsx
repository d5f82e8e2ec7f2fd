// @vitest-environment happy-dom
// The New introduction dialog's person pickers, by keyboard only: typed text lists the matching
// people (the first active), arrows move, Enter picks, Escape closes the list and then the dialog.
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
  db = new HallwayDatabase(`introduction-picker-${crypto.randomUUID()}`);
  await db.open();
  for (const displayName of ['Ada Abe', 'Ada Bell', 'Ben Cole']) {
    await createPerson(db, { displayName });
  }
});

afterEach(async () => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  await db.delete();
});

async function openDialog() {
  window.location.hash = '#/introductions';
  render(
    <AppRoot db={db} platform={createWebPlatform()} i18n={createI18n('en')} onReady={vi.fn()} />,
  );
  const user = userEvent.setup();
  (await screen.findByRole('button', { name: 'New introduction' })).focus();
  await user.keyboard('{Enter}');
  const dialog = screen.getByRole('dialog', { name: 'Introduce two people' });
  return { user, dialog };
}

describe('the New introduction person picker', () => {
  it('picks people with the arrows and Enter, and clears what was typed', async () => {
    const { user, dialog } = await openDialog();
    const first = within(dialog).getByRole('combobox', { name: 'First person' });
    expect(document.activeElement).toBe(first);

    await user.keyboard('ada');
    const list = await within(dialog).findByRole('listbox', { name: 'Matching people' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(first.getAttribute('aria-controls')).toBe(list.id);
    const [abe, bell] = within(list).getAllByRole('option');
    expect(first.getAttribute('aria-activedescendant')).toBe(abe?.id);

    await user.keyboard('{ArrowDown}');
    expect(first.getAttribute('aria-activedescendant')).toBe(bell?.id);
    expect(bell?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Home}');
    expect(first.getAttribute('aria-activedescendant')).toBe(abe?.id);
    await user.keyboard('{End}{Enter}');
    await within(dialog).findByText('Ada Bell');

    const second = within(dialog).getByRole('combobox', { name: 'Second person' });
    await waitFor(() => expect(document.activeElement).toBe(second));
    await user.keyboard('b');
    await within(dialog).findByRole('option', { name: 'Ben Cole' });
    await user.keyboard('{Enter}');
    await within(dialog).findByText('Ben Cole');
    expect(within(dialog).queryByRole('combobox')).toBeNull();
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(
      (within(dialog).getByRole('button', { name: 'Save as idea' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('moves focus on by itself: to the empty picker after a pick, into the picker after Change', async () => {
    const { user, dialog } = await openDialog();
    await user.keyboard('ben');
    await within(dialog).findByRole('option', { name: 'Ben Cole' });
    await user.keyboard('{Enter}');
    await within(dialog).findByText('Ben Cole');
    const second = within(dialog).getByRole('combobox', { name: 'Second person' });
    await waitFor(() => expect(document.activeElement).toBe(second));

    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Change' }));
    await user.keyboard('{Enter}');
    const first = await within(dialog).findByRole('combobox', { name: 'First person' });
    await waitFor(() => expect(document.activeElement).toBe(first));
  });

  it('closes the list with Escape, then the dialog', async () => {
    const { user, dialog } = await openDialog();
    await user.keyboard('ben');
    const first = within(dialog).getByRole('combobox', { name: 'First person' });
    await waitFor(() => expect(first.getAttribute('aria-expanded')).toBe('true'));
    await user.keyboard('{Escape}');
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('dialog')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
