// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { Platform } from '../../shared/platform/platform';
import { HallwayDatabase } from '../db/database';
import { createI18n, syncDocumentLanguage } from '../i18n/create-i18n';
import { LANGUAGE_SETTING_KEY } from '../i18n/language-preference';
import { createWebPlatform } from '../platform/web';
import { AppRoot } from './app-root';
import { closePalette } from './commands/palette-store';
import { useToastStore } from './toasts/toast-store';
import { personFixture } from '../../shared/domain/person-fixture';

const seedDatabase = vi.hoisted(() => vi.fn());
vi.mock('../data/writes/sample-data-writes', () => ({ seedDatabase }));

let db: HallwayDatabase;
let menuListeners: ((command: MenuCommand) => void)[];

function renderApp(overrides: Partial<Platform> = {}) {
  const platform: Platform = {
    ...createWebPlatform(),
    onMenuCommand: (listener) => {
      menuListeners.push(listener);
      return () => {
        menuListeners = menuListeners.filter((other) => other !== listener);
      };
    },
    ...overrides,
  };
  const onReady = vi.fn();
  const i18n = createI18n('en');
  syncDocumentLanguage(i18n, document.documentElement);
  render(<AppRoot db={db} platform={platform} i18n={i18n} onReady={onReady} />);
  return { onReady };
}

const nav = () => within(screen.getByRole('navigation'));
const heading = () => screen.getByRole('heading', { level: 1 });

async function addPerson(id: string) {
  const now = Date.now();
  await db.people.add(
    personFixture({
      id,
      createdAt: now,
      updatedAt: now,
      displayName: id,
      givenName: id,
      sortName: id,
    }),
  );
}

beforeEach(async () => {
  window.location.hash = '';
  menuListeners = [];
  seedDatabase.mockReset();
  db = new HallwayDatabase(`app-root-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  cleanup();
  act(() => {
    closePalette();
    useToastStore.setState({ toasts: [] });
  });
  await db.delete();
});

describe('the app frame', () => {
  it('announces ready once, with the eight screens in the navigation and People first', async () => {
    const { onReady } = renderApp();

    expect(onReady).toHaveBeenCalled();
    expect(
      nav()
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'People',
      'Events',
      'Introductions',
      'Network',
      'Insights',
      'Today',
      'Volunteers',
      'Settings',
    ]);
    expect(heading().textContent).toBe('People');
    expect(await screen.findByRole('heading', { name: 'No people yet' })).toBeTruthy();
  });

  it('shows how many people are stored instead of the empty state', async () => {
    await addPerson('ada');
    await addPerson('grace');
    renderApp();

    expect(await screen.findByText('2 people')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'No people yet' })).toBeNull();
  });

  it('navigates with the links and marks the current one', async () => {
    const user = userEvent.setup();
    renderApp();

    await user.click(nav().getByRole('link', { name: 'Today' }));

    expect(heading().textContent).toBe('Today');
    expect(nav().getByRole('link', { name: 'Today' }).getAttribute('aria-current')).toBe('page');
    expect(nav().getByRole('link', { name: 'People' }).getAttribute('aria-current')).toBeNull();
  });

  it('opens the command palette with Ctrl+K and runs a navigation command', async () => {
    const user = userEvent.setup();
    renderApp();

    await user.keyboard('{Control>}k{/Control}');
    await user.type(screen.getByRole('combobox', { name: 'Type a command' }), 'events{Enter}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(heading().textContent).toBe('Events');
  });

  it('finds commands in either language, by kana reading too', async () => {
    const user = userEvent.setup();
    renderApp();

    await user.keyboard('{Control>}k{/Control}');
    await user.type(screen.getByRole('combobox', { name: 'Type a command' }), 'せってい{Enter}');

    expect(heading().textContent).toBe('Settings');
  });

  it('switches to Japanese in Settings, remembers it, and sets <html lang>', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(nav().getByRole('link', { name: 'Settings' }));
    const select = screen.getByLabelText('Language');
    await waitFor(() => expect((select as HTMLSelectElement).disabled).toBe(false));

    await user.selectOptions(select, '日本語');

    expect(await nav().findByRole('link', { name: '設定' })).toBeTruthy();
    expect(heading().textContent).toBe('設定');
    expect(document.documentElement.lang).toBe('ja');
    await waitFor(async () =>
      expect((await db.settings.get(LANGUAGE_SETTING_KEY))?.value).toBe('ja'),
    );
    expect(screen.getByLabelText(/Language/)).toBe(select);
  });

  it('follows the desktop menu: Settings, the palette, and the import dialog', async () => {
    const user = userEvent.setup();
    renderApp();

    act(() => menuListeners.forEach((listener) => listener('open-settings')));
    expect(heading().textContent).toBe('Settings');

    await user.click(nav().getByRole('link', { name: 'People' }));
    act(() => menuListeners.forEach((listener) => listener('import')));
    expect(screen.getByRole('dialog', { name: 'Import people' })).toBeTruthy();
    expect(heading().textContent).toBe('People');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Import people' })).toBeNull();

    act(() => menuListeners.forEach((listener) => listener('open-command-palette')));
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeTruthy();
  });
});

describe('loading sample data from Settings', () => {
  it('seeds a modest fixed data set at once when the database is empty, then says so', async () => {
    seedDatabase.mockImplementation(
      async (_db: unknown, options: { onProgress(done: number, total: number): void }) => {
        options.onProgress(1, 2);
        return { people: 500 };
      },
    );
    const user = userEvent.setup();
    renderApp();
    await user.click(nav().getByRole('link', { name: 'Settings' }));

    await user.click(screen.getByRole('button', { name: 'Load sample data' }));

    expect(await screen.findByText('Sample data loaded: 500 people.')).toBeTruthy();
    expect(seedDatabase).toHaveBeenCalledTimes(1);
    expect(seedDatabase.mock.calls[0][0]).toBe(db);
    expect(seedDatabase.mock.calls[0][1]).toMatchObject({ people: 500, seed: expect.any(Number) });
  });

  it('asks first when people exist, and does nothing when the user cancels', async () => {
    await addPerson('ada');
    const user = userEvent.setup();
    renderApp();
    await user.click(nav().getByRole('link', { name: 'Settings' }));
    const button = screen.getByRole('button', { name: 'Load sample data' });

    await user.click(button);
    const dialog = await screen.findByRole('alertdialog', { name: 'Add sample data?' });
    expect(dialog.textContent).toContain('already holds 1 person');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(seedDatabase).not.toHaveBeenCalled();
  });

  it('seeds after the user confirms', async () => {
    seedDatabase.mockResolvedValue({ people: 500 });
    await addPerson('ada');
    const user = userEvent.setup();
    renderApp();
    await user.click(nav().getByRole('link', { name: 'Settings' }));
    await user.click(screen.getByRole('button', { name: 'Load sample data' }));

    await user.click(await screen.findByRole('button', { name: 'Add sample data' }));

    expect(await screen.findByText('Sample data loaded: 500 people.')).toBeTruthy();
    expect(seedDatabase).toHaveBeenCalledTimes(1);
  });
});

describe('backing up from Settings', () => {
  it('hands the whole database to the platform as JSON and says where it went', async () => {
    let receiveBackup: (json: string) => void = () => {};
    const backupWritten = new Promise<string>((resolve) => {
      receiveBackup = resolve;
    });
    const writeBackup = vi.fn(async (json: string) => {
      receiveBackup(json);
      return { saved: true as const, location: 'backup.json' };
    });
    await addPerson('ada');
    const user = userEvent.setup();
    renderApp({ writeBackup });
    await user.click(nav().getByRole('link', { name: 'Settings' }));

    await user.click(screen.getByRole('button', { name: 'Back up now' }));

    const json = JSON.parse(await backupWritten) as {
      data: { data: { tableName: string; rows: { id: string }[] }[] };
    };
    const people = json.data.data.find((table) => table.tableName === 'people');
    expect(people?.rows.map((row) => row.id)).toEqual(['ada']);
    expect(await screen.findByText('Backup saved: backup.json')).toBeTruthy();
  }, 15_000);

  it('runs from the desktop menu too, and reports a failure in words', async () => {
    let reachPlatform: () => void = () => {};
    const platformReached = new Promise<void>((resolve) => {
      reachPlatform = resolve;
    });
    const writeBackup = vi.fn(async () => {
      reachPlatform();
      throw new Error('disk full');
    });
    renderApp({ writeBackup });

    act(() => menuListeners.forEach((listener) => listener('backup')));

    await platformReached;
    expect(await screen.findByText('The backup failed: disk full')).toBeTruthy();
  }, 15_000);
});
