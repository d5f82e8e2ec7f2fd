// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleSearchIndex } from '../../../shared/search/people-search-index';
import { personFixture } from '../../../shared/domain/person-fixture';
import { CommandPalette } from '../../app/commands/command-palette';
import { openPalette } from '../../app/commands/palette-store';
import { DatabaseContext } from '../../app/database-context';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { PeopleSearchContext, type PeopleSearchService } from './people-search-service';
import { SearchBox } from './search-box';

const index = PeopleSearchIndex.empty();
index.putAll(
  [
    personFixture({
      id: 'hanako',
      displayName: '山田 花子',
      nameReading: 'やまだ はなこ',
      company: 'Mirai Labs',
    }),
    personFixture({
      id: 'taro',
      displayName: 'Taro Yamashita',
      nameReading: 'やました たろう',
      company: 'Acme',
      interests: ['rust'],
    }),
  ],
  (key) => (key === 'rust' ? 'Rust' : key),
);

function serviceStartingAfter(started: Promise<void>): PeopleSearchService {
  let ready = false;
  void started.then(() => {
    ready = true;
  });
  return {
    start: () => started,
    search: async (query, limit) => ({ ready, hits: ready ? index.search(query, limit) : [] }),
  };
}

function PersonPage() {
  return <p>person page {useParams().id}</p>;
}

function renderSearch(service = serviceStartingAfter(Promise.resolve()), language = 'en' as const) {
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <>
          <SearchBox />
          <CommandPalette />
        </>
      ),
    },
    { path: '/people/:id', element: <PersonPage /> },
  ]);
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <DatabaseContext.Provider value={new HallwayDatabase('search-box-test')}>
        <PeopleSearchContext.Provider value={service}>
          <RouterProvider router={router} />
        </PeopleSearchContext.Provider>
      </DatabaseContext.Provider>
    </I18nextProvider>,
  );
}

afterEach(cleanup);

describe('SearchBox', () => {
  it('shows people as you type, with reading and company, and opens one with the keyboard', async () => {
    const user = userEvent.setup();
    renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'ヤマ');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Taro Yamashitaやました たろうAcme',
      '山田 花子やまだ はなこMirai Labs',
    ]);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1].id);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('person page hanako')).toBeTruthy();
  });

  it('tells which topic matched', async () => {
    const user = userEvent.setup();
    renderSearch();
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'rust');
    expect((await screen.findByRole('option')).textContent).toContain('interested in Rust');
  });

  it('says when no one matches, and Escape clears the box', async () => {
    const user = userEvent.setup();
    renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'zzzz');
    expect((await screen.findByRole('status')).textContent).toBe('No one matches “zzzz”');
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('is focused by / outside a field and by Ctrl+F', async () => {
    const user = userEvent.setup();
    renderSearch();
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.keyboard('/');
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe('');
    box.blur();
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(box);
  });

  it('says the index is being prepared, then shows results once it is ready', async () => {
    const user = userEvent.setup();
    let finishStart = () => {};
    renderSearch(serviceStartingAfter(new Promise<void>((resolve) => (finishStart = resolve))));
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'taro');
    expect((await screen.findByRole('status')).textContent).toBe('Preparing search…');
    await act(async () => finishStart());
    expect((await screen.findByRole('option')).textContent).toContain('Taro Yamashita');
  });

  it('says so when the search worker cannot answer', async () => {
    const user = userEvent.setup();
    const broken: PeopleSearchService = {
      start: () => Promise.reject(new Error('no worker')),
      search: () => Promise.reject(new Error('no worker')),
    };
    renderSearch(broken);
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'taro');
    expect((await screen.findByRole('status')).textContent).toBe(
      'Search is unavailable: restart Hallway to try again.',
    );
  });

  it('finds people from the command palette too', async () => {
    const user = userEvent.setup();
    renderSearch();
    act(() => openPalette());
    await user.keyboard('やまだ');
    const option = await screen.findByRole('option', { name: /山田 花子/ });
    await user.click(option);
    await waitFor(() => expect(screen.getByText('person page hanako')).toBeTruthy());
  });

  it('is labelled in Japanese in the Japanese UI', () => {
    renderSearch(undefined, 'ja' as 'en');
    expect(screen.getByRole('combobox', { name: '検索' })).toBeTruthy();
  });
});
