// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../../../shared/platform/platform';
import { AppRoot } from '../../app/app-root';
import { useToastStore } from '../../app/toasts/toast-store';
import { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';
import { createEvent, setEventRoleNeeds } from '../../data/writes/events-writes';
import { createPerson } from '../../data/writes/people-writes';
import { createShift } from '../../data/writes/volunteer-shifts-writes';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`volunteers-screen-${crypto.randomUUID()}`);
  await db.open();
  window.location.hash = '#/volunteers';
});

afterEach(async () => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  await db.delete();
});

function renderApp(
  saveFile = vi.fn(async (_request: SaveFileRequest) => ({
    saved: true as const,
    location: 'x.csv',
  })),
) {
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

async function pastVolunteer(name: string, hours: number) {
  const event = await createEvent(db, {
    name: 'Rust Tokyo #11',
    series: 'Rust Tokyo',
    startsAt: Date.now() - 30 * DAY,
    kind: 'meetup',
  });
  const person = await createPerson(db, { displayName: name });
  await createShift(db, {
    eventId: event.id,
    personId: person.id,
    role: 'reception',
    status: 'attended',
    startsAt: event.startsAt,
    endsAt: event.startsAt + hours * HOUR,
  });
  return person;
}

describe('the Volunteers screen', () => {
  it('says what it is for before anyone has volunteered', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'No volunteers yet' })).toBeTruthy();
  });

  it('exports the table as an Excel-safe CSV through the platform', async () => {
    await pastVolunteer('Aiko Tanaka', 3);
    await pastVolunteer('Ken Mori', 1.5);
    const user = userEvent.setup();
    const saveFile = renderApp();
    expect(await screen.findByText('2 volunteers')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(await screen.findByText('Exported 2 volunteers.')).toBeTruthy();
    const request = saveFile.mock.calls[0]![0];
    expect(request.suggestedName).toBe('volunteers.csv');
    const lines = String(request.data)
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'Name,Reading,Events volunteered,Total hours,Reliability (%),Last volunteered,Last asked,Roles done',
    );
    expect(lines[1]).toMatch(/^Aiko Tanaka,,1,3,100,.*,Reception$/);
    expect(lines[2]).toMatch(/^Ken Mori,,1,1\.5,100,/);
  });

  it('asks a past volunteer for an upcoming event’s open role, with Undo', async () => {
    const aiko = await pastVolunteer('Aiko Tanaka', 3);
    const next = await createEvent(db, {
      name: 'Rust Tokyo #12',
      series: 'Rust Tokyo',
      startsAt: Date.now() + 7 * DAY,
      kind: 'meetup',
    });
    await setEventRoleNeeds(db, next.id, [{ role: 'reception', needed: 2 }]);
    const user = userEvent.setup();
    renderApp();

    const reception = await screen.findByRole('region', { name: 'Reception' });
    expect(within(reception).getByText('Did Reception once before')).toBeTruthy();
    await user.click(
      within(reception).getByRole('button', { name: 'Ask Aiko Tanaka for Reception' }),
    );

    expect(
      await screen.findByText('Asked Aiko Tanaka for Reception: on the roster as invited.'),
    ).toBeTruthy();
    const shifts = await db.volunteerShifts.where('eventId').equals(next.id).toArray();
    expect(shifts).toMatchObject([{ personId: aiko.id, role: 'reception', status: 'invited' }]);
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Reception' })).queryByText('Aiko Tanaka'),
      ).toBeNull(),
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await within(screen.getByRole('region', { name: 'Reception' })).findByText('Aiko Tanaka'),
    ).toBeTruthy();
  });
});
