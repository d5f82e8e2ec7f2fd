// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../../app/app-root';
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
  db = new HallwayDatabase(`small-charts-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

function renderAt(hash: string) {
  window.location.hash = hash;
  render(
    <AppRoot db={db} platform={createWebPlatform()} i18n={createI18n('en')} onReady={vi.fn()} />,
  );
}

describe('the small charts', () => {
  it('show a person’s interactions per month on their page', async () => {
    const person = await createPerson(db, { displayName: 'Aiko Tanaka' });
    for (const days of [40, 10, 9]) {
      await logInteraction(db, { personId: person.id, kind: 'call', at: Date.now() - days * DAY });
    }
    renderAt(`#/people/${person.id}`);

    const chart = await screen.findByRole('region', { name: 'Interactions per month' });
    expect(await within(chart).findByLabelText('Interactions per month')).toBeInstanceOf(
      SVGSVGElement,
    );
    const table = within(chart).getByRole('table', { name: 'Interactions per month' });
    expect(within(table).getByRole('columnheader', { name: 'Call' })).toBeTruthy();
  });

  it('show an event’s volunteer hours by role on its page', async () => {
    const event = await createEvent(db, {
      name: 'Rust Tokyo #11',
      series: 'Rust Tokyo',
      startsAt: Date.now() - 3 * DAY,
      kind: 'meetup',
    });
    const person = await createPerson(db, { displayName: 'Ken Mori' });
    await createShift(db, {
      eventId: event.id,
      personId: person.id,
      role: 'reception',
      status: 'attended',
      startsAt: event.startsAt,
      endsAt: event.startsAt + 2.5 * HOUR,
    });
    renderAt(`#/events/${event.id}`);

    const chart = await screen.findByRole('region', { name: 'Volunteer hours by role' });
    const table = within(chart).getByRole('table', { name: 'Volunteer hours by role' });
    expect(within(table).getByRole('cell', { name: '2.5' })).toBeTruthy();
    expect(await within(chart).findByLabelText('Volunteer hours by role')).toBeInstanceOf(
      SVGSVGElement,
    );
  });
});
