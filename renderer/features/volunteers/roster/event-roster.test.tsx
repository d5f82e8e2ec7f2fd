// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoot } from '../../../app/app-root';
import { openPalette } from '../../../app/commands/palette-store';
import { useToastStore } from '../../../app/toasts/toast-store';
import { HallwayDatabase } from '../../../db/database';
import { createI18n } from '../../../i18n/create-i18n';
import { createWebPlatform } from '../../../platform/web';
import { createEvent } from '../../../data/writes/events-writes';
import { createPerson } from '../../../data/writes/people-writes';
import { getOrganizerRoles } from '../../../repositories/roster-roles-repository';
import { createShift } from '../../../data/writes/volunteer-shifts-writes';

const HOUR = 3_600_000;
const STARTS = Date.UTC(2026, 10, 20, 9);
let db: HallwayDatabase;

beforeEach(async () => {
  db = new HallwayDatabase(`event-roster-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  cleanup();
  useToastStore.setState({ toasts: [] });
  await db.delete();
});

/** An event with Aiko and Ben at reception and Chika at setup, and its page open. */
async function rosterOpen(language: 'en' | 'ja' = 'en') {
  const event = await createEvent(db, {
    name: 'Rust Meetup',
    startsAt: STARTS,
    endsAt: STARTS + 3 * HOUR,
    kind: 'meetup',
  });
  const shift = async (displayName: string, role: string, from: number) => {
    const person = await createPerson(db, { displayName });
    return createShift(db, {
      eventId: event.id,
      personId: person.id,
      role,
      startsAt: STARTS + from * HOUR,
      endsAt: STARTS + (from + 2) * HOUR,
      status: 'confirmed',
    });
  };
  const shifts = [
    await shift('Aiko', 'reception', 0),
    await shift('Ben', 'reception', 0),
    await shift('Chika', 'setup', -1),
  ];
  window.location.hash = `#/events/${event.id}`;
  render(
    <AppRoot
      db={db}
      platform={createWebPlatform()}
      i18n={createI18n(language)}
      onReady={vi.fn()}
    />,
  );
  const section = await screen.findByRole('region', {
    name: language === 'en' ? 'Volunteers' : 'ボランティア',
  });
  await within(section).findByRole('link', { name: 'Aiko' });
  return { section, shifts, user: userEvent.setup() };
}

const statusOf = async (id: string) => (await db.volunteerShifts.get(id))?.status;

describe('the event roster', () => {
  it('marks attendance from the keyboard and says what was saved', async () => {
    const { section, shifts, user } = await rosterOpen();
    await user.click(within(section).getByRole('button', { name: 'Attendance checklist' }));
    const list = screen.getByRole('listbox', { name: 'Who came?' });
    expect(document.activeElement).toBe(list);
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      expect.stringContaining('Chika'),
      expect.stringContaining('Aiko'),
      expect.stringContaining('Ben'),
    ]);

    await user.keyboard('j');
    await user.keyboard('n');
    await user.keyboard('k');
    await user.keyboard('k');
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}a');
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('dialog', { name: 'Who came?' })).toBeNull();
    expect(await screen.findByText('Attendance saved: 2 attended, 1 no-show.')).toBeTruthy();
    await waitFor(async () => {
      expect(await Promise.all(shifts.map((shift) => statusOf(shift.id)))).toEqual([
        'no-show',
        'attended',
        'attended',
      ]);
    });
  });

  it('picks a person from the keyboard and warns when they are in two shifts at once', async () => {
    const { section, user } = await rosterOpen();
    expect(within(section).queryAllByRole('note')).toEqual([]);
    await user.type(within(section).getByLabelText('Add someone to Setup'), 'Ai');
    expect(await within(section).findByRole('option', { name: 'Aiko' })).toBeTruthy();
    expect(within(section).getByRole('option', { name: 'Create “Ai”' })).toBeTruthy();
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');

    const notes = await within(section).findAllByRole('note');
    expect(notes.map((note) => note.textContent)).toEqual([
      expect.stringContaining('Aiko is also on Reception at the same time'),
      expect.stringContaining('Aiko is also on Setup at the same time'),
    ]);
    expect(await db.people.count()).toBe(3);
  });

  it('puts the typed match on the shift when Enter comes before the matches are read', async () => {
    const { section, user } = await rosterOpen();
    const field = within(section).getByLabelText('Add someone to Setup');
    await user.type(field, 'Be');
    expect(await within(section).findByRole('option', { name: 'Ben' })).toBeTruthy();
    // A write keeps the people busy, so the matches for "Ai" are not read before Enter.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let done = false;
    void released.then(() => (done = true));
    const busy = db.transaction('rw', db.people, async () => {
      while (!done) await db.people.get('nobody');
    });

    await user.clear(field);
    await user.type(field, 'Ai{Enter}');
    release();
    await busy;

    const notes = await within(section).findAllByRole('note');
    expect(notes.map((note) => note.textContent)).toEqual([
      expect.stringContaining('Aiko is also on Reception at the same time'),
      expect.stringContaining('Aiko is also on Setup at the same time'),
    ]);
    expect(await db.people.count()).toBe(3);
  });

  it('opens the printable roster from the command palette, with contact details', async () => {
    const { user } = await rosterOpen();
    await db.people
      .where('displayName')
      .equals('Ben')
      .modify({ emails: ['ben@example.com'] });
    act(() => openPalette());
    await user.type(
      screen.getByRole('combobox', { name: 'Type a command' }),
      'print roster{Enter}',
    );
    const sheet = await screen.findByTestId('printable-roster');
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe(
      'Volunteer roster: Rust Meetup',
    );
    expect(within(sheet).getByRole('row', { name: /Ben/ }).textContent).toContain(
      'ben@example.com',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('printable-roster')).toBeNull();
  });

  it('prints the roster in the UI language', async () => {
    const { section, user } = await rosterOpen('ja');
    await user.click(within(section).getByRole('button', { name: '名簿を印刷' }));
    const sheet = await screen.findByTestId('printable-roster');
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe(
      'ボランティア名簿：Rust Meetup',
    );
    expect(within(sheet).getAllByRole('columnheader')[0].textContent).toBe('名前');
    expect(within(sheet).getByRole('row', { name: /Chika/ }).textContent).toContain('確定');
  });

  it('removes a whole shift only after a confirmation, and Undo brings it back', async () => {
    const { section, shifts, user } = await rosterOpen();
    const [remove] = within(section).getAllByRole('button', {
      name: /^Remove the shift Reception/,
    });
    await user.click(remove);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('2 people are on it');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await db.volunteerShifts.get(shifts[0].id))?.deletedAt).toBe(0);

    await user.click(remove);
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove shift' }),
    );
    await waitFor(() => expect(within(section).queryByRole('link', { name: 'Aiko' })).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await within(section).findByRole('link', { name: 'Aiko' })).toBeTruthy();
    expect((await db.volunteerShifts.get(shifts[1].id))?.deletedAt).toBe(0);
  });

  it('keeps hours typed for one person, and goes back to the shift’s hours on request', async () => {
    const { section, shifts, user } = await rosterOpen();
    const hours = within(section).getByRole('spinbutton', { name: 'Hours for Ben' });
    expect((hours as HTMLInputElement).value).toBe('2');
    await user.clear(hours);
    await user.type(hours, '1.5{Enter}');
    await waitFor(async () =>
      expect(await db.volunteerShifts.get(shifts[1].id)).toMatchObject({
        hours: 1.5,
        hoursOverridden: true,
      }),
    );
    await user.click(await within(section).findByRole('button', { name: "Use the shift's hours" }));
    await waitFor(async () =>
      expect(await db.volunteerShifts.get(shifts[1].id)).toMatchObject({
        hours: 2,
        hoursOverridden: false,
      }),
    );
  });

  it('edits the organizer’s role list and offers its roles for the event', async () => {
    const { section, user } = await rosterOpen();
    expect(within(section).getByText('Reception 2 (not planned)')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Edit my role list…' }));
    const dialog = screen.getByRole('dialog', { name: 'My volunteer roles' });
    const reception = within(dialog).getByRole('textbox', { name: 'Name of the role reception' });
    await user.clear(reception);
    await user.type(reception, 'Front desk');
    await user.type(within(dialog).getByRole('textbox', { name: 'New role' }), 'DJ{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(async () =>
      expect(await getOrganizerRoles(db)).toEqual(
        expect.arrayContaining([
          { key: 'reception', label: 'Front desk', needed: 2 },
          { key: 'dj', label: 'DJ', needed: 1 },
        ]),
      ),
    );
    const toAdd = within(section).getByRole('combobox', { name: 'Role to add' });
    expect(await within(toAdd).findByRole('option', { name: 'DJ' })).toBeTruthy();
    await user.selectOptions(toAdd, 'reception');
    await user.click(within(section).getByRole('button', { name: 'Add role' }));
    expect(await within(section).findByText('Front desk 2 of 2')).toBeTruthy();
    expect(within(section).getByText('Setup 1 (not planned)')).toBeTruthy();
  });
});
