// @vitest-environment happy-dom
// The "Met at" filter by keyboard: Enter on a typed name takes the best match (the newest event
// starting with it), or says that no event matches; arrows pick another.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseContext } from '../../app/database-context';
import { createEvent } from '../../data/writes/events-writes';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { EventFilter } from './event-filter';

const DAY = 86_400_000;
let db: HallwayDatabase;
let ids: Record<string, string>;

beforeEach(async () => {
  db = new HallwayDatabase(`event-filter-${crypto.randomUUID()}`);
  await db.open();
  ids = {};
  const start = Date.UTC(2026, 0, 10, 10);
  for (const [name, days] of [
    ['Rust Tokyo #11', 0],
    ['Rust Tokyo #12', 30],
    ['Go Meetup', 10],
  ] as const) {
    const event = await createEvent(db, {
      name,
      startsAt: start + days * DAY,
      endsAt: start + days * DAY + 3_600_000,
      kind: 'meetup',
    });
    ids[name] = event.id;
  }
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderFilter(language: 'en' | 'ja' = 'en') {
  const onChange = vi.fn();
  render(
    <DatabaseContext.Provider value={db}>
      <I18nextProvider i18n={createI18n(language)}>
        <EventFilter eventId={null} onChange={onChange} />
      </I18nextProvider>
    </DatabaseContext.Provider>,
  );
  return { onChange, user: userEvent.setup() };
}

describe('the Met at filter', () => {
  it('takes the best match for a typed name on Enter', async () => {
    const { onChange, user } = renderFilter();
    await user.click(screen.getByRole('combobox', { name: 'Met at' }));
    await user.keyboard('rust');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(ids['Rust Tokyo #12']);
  });

  it('takes another match with the arrows', async () => {
    const { onChange, user } = renderFilter();
    await user.click(screen.getByRole('combobox', { name: 'Met at' }));
    await user.keyboard('rust');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(ids['Rust Tokyo #11']);
  });

  it('says that no event matches', async () => {
    const { onChange, user } = renderFilter('ja');
    await user.click(screen.getByRole('combobox', { name: '会ったイベント' }));
    await user.keyboard('zzz{Enter}');
    expect((await screen.findByRole('status')).textContent).toBe(
      '「zzz」というイベントはありません。',
    );
    expect(onChange).not.toHaveBeenCalled();
  });

  it('takes the match for what was typed when Enter comes before its suggestions', async () => {
    const { onChange, user } = renderFilter();
    await user.click(screen.getByRole('combobox', { name: 'Met at' }));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    // A write keeps the events busy, so the suggestions for "go" are not read before Enter.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let done = false;
    void released.then(() => (done = true));
    const busy = db.transaction('rw', db.events, async () => {
      while (!done) await db.events.get('nobody');
    });

    await user.keyboard('go{Enter}');
    release();
    await busy;

    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange).toHaveBeenLastCalledWith(ids['Go Meetup']);
  });
});
