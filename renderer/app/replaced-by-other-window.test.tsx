// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HallwayDatabase } from '../db/database';
import { useOtherWindowsStore } from '../db/other-windows';
import { createI18n } from '../i18n/create-i18n';
import { createWebPlatform } from '../platform/web';
import { AppRoot } from './app-root';
import { ReplacedByOtherWindow } from './replaced-by-other-window';

afterEach(() => {
  cleanup();
  useOtherWindowsStore.setState({ state: 'alone' });
});

describe('when another window opened a newer version', () => {
  it('says so in place of the app, in English and Japanese', async () => {
    const db = new HallwayDatabase(`replaced-${crypto.randomUUID()}`);
    render(
      <AppRoot db={db} platform={createWebPlatform()} i18n={createI18n('en')} onReady={vi.fn()} />,
    );
    expect(await screen.findByRole('navigation')).toBeTruthy();
    act(() => useOtherWindowsStore.setState({ state: 'replaced' }));
    expect(screen.getByRole('alert').textContent).toContain(
      'Hallway was updated in another window',
    );
    expect(screen.queryByRole('navigation')).toBeNull();
    cleanup();
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <ReplacedByOtherWindow />
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      '別のウィンドウで Hallway が更新されました',
    );
    await db.delete();
  });

  it('offers a focused Reload button', async () => {
    const reload = vi.fn();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ReplacedByOtherWindow reload={reload} />
      </I18nextProvider>,
    );
    const button = screen.getByRole('button', { name: 'Reload' });
    expect(document.activeElement).toBe(button);
    await userEvent.click(button);
    expect(reload).toHaveBeenCalledOnce();
  });
});
