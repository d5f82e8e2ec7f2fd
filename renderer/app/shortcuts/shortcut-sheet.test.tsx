// @vitest-environment happy-dom
// The `?` sheet, by keyboard: it lists the current screen's shortcuts and those that work
// everywhere, in the UI language, and Escape closes it.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';
import { AppRoot } from '../app-root';
import { screenOfPath } from './screen-shortcuts';

let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`shortcut-sheet-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

async function appAt(hash: string, language: 'en' | 'ja' = 'en') {
  window.location.hash = hash;
  render(
    <AppRoot
      db={db}
      platform={createWebPlatform()}
      i18n={createI18n(language)}
      onReady={vi.fn()}
    />,
  );
  await screen.findByRole('heading', { level: 1 });
  return userEvent.setup();
}

describe('the shortcut sheet', () => {
  it("lists Today's keys and the global ones, and closes with Escape", async () => {
    const user = await appAt('#/today');
    await user.keyboard('?');
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const own = within(sheet).getByRole('region', { name: 'On Today' });
    expect(within(own).getByText('Mark the follow-up done')).toBeTruthy();
    expect(within(own).getByText('D')).toBeTruthy();
    const everywhere = within(sheet).getByRole('region', { name: 'Everywhere' });
    expect(within(everywhere).getByText('Open the command palette')).toBeTruthy();
    expect(sheet.contains(document.activeElement)).toBe(true);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("shows the People list's keys there, in Japanese", async () => {
    const user = await appAt('#/people', 'ja');
    await user.keyboard('?');
    const sheet = screen.getByRole('dialog', { name: 'キーボードショートカット' });
    expect(
      within(sheet).getByText('選択した人たちをゴミ箱へ移動（選択がなければカーソルのある人）'),
    ).toBeTruthy();
    expect(within(sheet).queryByText('フォローアップを完了にする')).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('knows the screen of each path', () => {
    expect(screenOfPath('/people')).toBe('people');
    expect(screenOfPath('/people/trash')).toBe('trash');
    expect(screenOfPath('/people/abc')).toBe('person');
    expect(screenOfPath('/people/duplicates')).toBeNull();
    expect(screenOfPath('/events/abc')).toBe('event');
    expect(screenOfPath('/settings')).toBeNull();
  });
});
