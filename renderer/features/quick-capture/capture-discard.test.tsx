// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../../app/app-root';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';
import { startNewDraft, useQuickCaptureStore } from './quick-capture-store';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`capture-discard-${crypto.randomUUID()}`);
  await db.open();
  window.localStorage.clear();
  startNewDraft();
  window.location.hash = '#/capture';
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderApp() {
  render(
    <AppRoot db={db} platform={createWebPlatform()} i18n={createI18n('en')} onReady={vi.fn()} />,
  );
}

describe('Discard in Log a meetup', () => {
  it('asks before throwing away what was typed, and Escape keeps it', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('combobox', { name: 'Event name' }), 'Rust Tokyo');

    await user.click(screen.getByRole('button', { name: 'Discard' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Discard this meetup log?' });
    expect(document.activeElement?.textContent).toBe('Keep editing');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(dialog.isConnected).toBe(false);
    expect(useQuickCaptureStore.getState().draft.event.name).toBe('Rust Tokyo');
  });

  it('discards by keyboard once confirmed', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByRole('combobox', { name: 'Event name' }), 'Rust Tokyo');

    screen.getByRole('button', { name: 'Discard' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('alertdialog', { name: 'Discard this meetup log?' });
    await user.keyboard('{Tab}{Enter}');

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useQuickCaptureStore.getState().draft.event.name).toBe('');
    await waitFor(() => expect(window.location.hash).toBe('#/events'));
  });

  it('leaves at once when nothing was typed', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Discard' }));

    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/events'));
  });
});
