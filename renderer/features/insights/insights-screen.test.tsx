// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../../../shared/platform/platform';
import { AppRoot } from '../../app/app-root';
import { useToastStore } from '../../app/toasts/toast-store';
import { createEvent } from '../../data/writes/events-writes';
import { logInteraction } from '../../data/writes/interactions-writes';
import { createPerson } from '../../data/writes/people-writes';
import { createShift } from '../../data/writes/volunteer-shifts-writes';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`insights-screen-${crypto.randomUUID()}`);
  await db.open();
  window.location.hash = '#/insights';
});

afterEach(async () => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  await db.delete();
});

function renderApp() {
  const saveFile = vi.fn(async (_request: SaveFileRequest) => ({
    saved: true as const,
    location: 'chart.svg',
  }));
  render(
    <AppRoot
      db={db}
      platform={{ ...createWebPlatform(), saveFile }}
      i18n={createI18n('en')}
      onReady={vi.fn()}
    />,
  );
  return saveFile;
}

/** Two people met at a Rust Tokyo event last month; one of them volunteered there. */
async function meetupLastMonth() {
  const event = await createEvent(db, {
    name: 'Rust Tokyo #11',
    series: 'Rust Tokyo',
    startsAt: Date.now() - 30 * DAY,
    kind: 'meetup',
  });
  for (const name of ['Aiko Tanaka', 'Ken Mori']) {
    const person = await createPerson(db, { displayName: name });
    await logInteraction(db, {
      personId: person.id,
      kind: 'met',
      at: event.startsAt,
      eventId: event.id,
    });
    if (name === 'Ken Mori') {
      await createShift(db, {
        eventId: event.id,
        personId: person.id,
        role: 'reception',
        status: 'attended',
        startsAt: event.startsAt,
        endsAt: event.startsAt + 3 * HOUR,
      });
    }
  }
}

describe('the Insights screen', () => {
  it('says what it is for when there is nothing to chart', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Nothing to chart yet' })).toBeTruthy();
  });

  it('draws each chart with data as an SVG beside a table of its figures, and saves it', async () => {
    await meetupLastMonth();
    const saveFile = renderApp();

    const peopleMet = await screen.findByRole('region', { name: 'People met per month' });
    const table = within(peopleMet).getByRole('table', { name: 'People met per month' });
    expect(within(table).getByRole('columnheader', { name: 'Rust Tokyo' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '2' })).toBeTruthy();
    expect(await within(peopleMet).findByLabelText('People met per month')).toBeInstanceOf(
      SVGSVGElement,
    );

    const volunteers = screen.getByRole('region', { name: 'Top volunteers: Rust Tokyo' });
    expect(within(volunteers).getByRole('rowheader', { name: 'Ken Mori' })).toBeTruthy();
    const hours = screen.getByRole('region', { name: 'Volunteer hours per event' });
    expect(within(hours).getByRole('cell', { name: '3' })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Follow-ups done against due' })).getByText(
        'No data in this range.',
      ),
    ).toBeTruthy();

    await userEvent
      .setup()
      .click(within(peopleMet).getByRole('button', { name: 'Save “People met per month” as SVG' }));
    expect(saveFile).toHaveBeenCalledTimes(1);
    const request = saveFile.mock.calls[0][0];
    expect(request.suggestedName).toBe('people-met.svg');
    expect(request.mimeType).toBe('image/svg+xml');
    expect(String(request.data)).toContain('People met per month');
    expect(String(request.data)).toContain('Rust Tokyo');
  });
});
