// Volunteers, with the page's clock under the test's control and the browser in Tokyo: an event
// with three volunteers (one no-show) seeded through the test hook gives hours and reliability on
// the Volunteers screen, sortable by hours and filterable by name; the next day each volunteer who
// came has a thank-you in Today, copied with C and done with D; and the Shift_JIS roster fixture
// imports into an event's roster.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { seedPeople } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { AppPage } from './pages/app-page';
import { RosterSection } from './pages/roster-section';
import { TodayPage } from './pages/today-page';
import { VolunteersPage } from './pages/volunteers-page';
// For its declaration of window.__hallway.
import type {} from '../renderer/app/test-hook';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** 2026-03-10 20:00 in Tokyo. */
const TONIGHT = Date.parse('2026-03-10T20:00:00+09:00');

test.use({ timezoneId: 'Asia/Tokyo', permissions: ['clipboard-read', 'clipboard-write'] });

interface SeededShift {
  name: string;
  role: string;
  status: 'attended' | 'no-show' | 'confirmed';
  hours: number;
  eventStartsAt: number;
}

/** Events and shifts written through the write path (the figures follow on every write). */
function seedVolunteers(page: Page, shifts: SeededShift[]) {
  return page.evaluate(async (list) => {
    if (!window.__hallway) throw new Error('window.__hallway is missing');
    const { saveQuickCapture } = window.__hallway;
    const byEvent = new Map<number, string[]>();
    for (const shift of list) {
      byEvent.set(shift.eventStartsAt, [...(byEvent.get(shift.eventStartsAt) ?? []), shift.name]);
    }
    const personIds = new Map<string, string>();
    const eventIds = new Map<number, string>();
    for (const [startsAt, names] of byEvent) {
      const saved = await saveQuickCapture({
        event: { newEvent: { name: `Rust Tokyo ${startsAt}`, series: 'Rust Tokyo', startsAt } },
        people: names.filter((name) => !personIds.has(name)).map((name) => ({ name, note: '' })),
      });
      eventIds.set(startsAt, saved.eventId);
      names
        .filter((name) => !personIds.has(name))
        .forEach((name, index) => personIds.set(name, saved.createdPersonIds[index]!));
    }
    const now = Date.now();
    await window.__hallway!.insertRows(
      'volunteerShifts',
      list.map((shift, index) => ({
        id: `shift-${index}`,
        eventId: eventIds.get(shift.eventStartsAt)!,
        personId: personIds.get(shift.name)!,
        role: shift.role,
        startsAt: shift.eventStartsAt,
        endsAt: shift.eventStartsAt + shift.hours * 3_600_000,
        status: shift.status,
        hours: shift.hours,
        note: '',
        createdAt: now,
        updatedAt: now,
        deletedAt: 0,
      })),
    );
    return Object.fromEntries(personIds);
  }, shifts);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: TONIGHT });
  await new AppPage(page).open();
});

test('hours and reliability per volunteer, sorted by hours and filtered by name; thank-yous in Today copied with C and done with D', async ({
  page,
}) => {
  const yesterday = TONIGHT - DAY - 2 * HOUR;
  const lastMonth = TONIGHT - 40 * DAY;
  const people = await seedVolunteers(page, [
    { name: 'Ken Mori', role: 'setup', status: 'attended', hours: 4, eventStartsAt: lastMonth },
    {
      name: 'Aiko Tanaka',
      role: 'reception',
      status: 'attended',
      hours: 3,
      eventStartsAt: yesterday,
    },
    { name: 'Ken Mori', role: 'photos', status: 'attended', hours: 1.5, eventStartsAt: yesterday },
    {
      name: 'Sara Ito',
      role: 'reception',
      status: 'confirmed',
      hours: 2,
      eventStartsAt: yesterday,
    },
  ]);
  await page.evaluate(async () => {
    await window.__hallway!.patchRow('volunteerShifts', 'shift-3', { status: 'no-show' });
  });

  const volunteers = new VolunteersPage(page);
  await volunteers.open();
  await expect(volunteers.rows()).toHaveCount(3);
  expect(await volunteers.names()).toEqual(['Ken Mori', 'Aiko Tanaka', 'Sara Ito']);
  await expect(volunteers.header('Hours')).toHaveAttribute('aria-sort', 'descending');
  await expect(volunteers.row('Ken Mori')).toContainText(/Ken Mori\s*2\s*5\.5\s*100%/);
  await expect(volunteers.row('Ken Mori')).toContainText('Photos and Setup');
  await expect(volunteers.row('Aiko Tanaka')).toContainText(/Aiko Tanaka\s*1\s*3\s*100%/);
  await expect(volunteers.row('Sara Ito')).toContainText(/Sara Ito\s*0\s*0\s*0%/);

  await volunteers.sortBy('Hours');
  await expect(volunteers.header('Hours')).toHaveAttribute('aria-sort', 'ascending');
  expect(await volunteers.names()).toEqual(['Sara Ito', 'Aiko Tanaka', 'Ken Mori']);
  await volunteers.header('Reliability').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(volunteers.header('Reliability')).toHaveAttribute('aria-sort', 'descending');
  expect(await volunteers.names()).toEqual(['Aiko Tanaka', 'Ken Mori', 'Sara Ito']);

  await volunteers.nameFilter().fill('aiko');
  expect(await volunteers.names()).toEqual(['Aiko Tanaka']);
  await expect(page.getByText('1 of 3 volunteers')).toBeVisible();

  const today = new TodayPage(page);
  await today.open();
  const thanks = (name: string) => today.item(name).filter({ hasText: 'say thank you' });
  const aiko = thanks('Aiko Tanaka');
  await expect(aiko).toContainText('Volunteered at Rust Tokyo');
  await expect(thanks('Ken Mori')).toBeVisible();
  await expect(thanks('Sara Ito')).toHaveCount(0);
  await aiko.focus();
  await page.keyboard.press('c');
  await expect(
    page.getByRole('status').getByText('Thank-you copied to the clipboard.'),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // Quick capture split the name: English greets by the given name.
  expect(copied).toContain('Hi Aiko,');
  expect(copied).toContain('Thank you so much for helping with Reception at Rust Tokyo');
  expect(copied).toContain('The 3 hours you gave');

  await page.keyboard.press('d');
  await expect(thanks('Aiko Tanaka')).toHaveCount(0);
  await expect(thanks('Ken Mori')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(async (personId) => {
        const interactions = await window
          .__hallway!.db.interactions.where('personId')
          .equals(personId)
          .toArray();
        return interactions.filter((item) => item.kind === 'message').length;
      }, people['Aiko Tanaka']!),
    )
    .toBe(1);
});

test('the Shift_JIS roster imports into an event, matching a known person by e-mail; a second import adds nothing', async ({
  page,
}) => {
  await seedPeople(page, [
    { id: 'aiko', displayName: 'Aiko Tanaka', emails: ['aiko@example.com'] },
  ]);
  const { eventId } = await page.evaluate(
    (startsAt) =>
      window.__hallway!.saveQuickCapture({
        event: { newEvent: { name: 'Rust勉強会 #12', series: 'Rust勉強会', startsAt } },
        people: [],
      }),
    TONIGHT + 7 * DAY,
  );
  await page.evaluate((id) => {
    window.location.hash = `#/events/${id}`;
  }, eventId);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rust勉強会 #12');
  const roster = new RosterSection(page);
  const fixture = fileURLToPath(
    new URL('../shared/import/fixtures/volunteer-roster-shiftjis.csv', import.meta.url),
  );
  const importFile = async () => {
    const chooser = page.waitForEvent('filechooser');
    await roster.section.getByRole('button', { name: 'Import roster…' }).click();
    await (await chooser).setFiles(fixture);
    const dialog = page.getByRole('dialog', { name: 'Import a roster' });
    await expect(dialog).toContainText('read as Shift_JIS (Japanese Excel), 3 rows.');
    return dialog;
  };

  const dialog = await importFile();
  await expect(dialog.getByLabel('担当時間')).toHaveValue('volunteerShift');
  await expect(dialog.getByRole('status')).toHaveText(
    '1 matched to people you have, 2 new, 0 not readable.',
  );
  await expect(dialog.getByRole('row', { name: /山田 花子/ })).toContainText(
    'Added as a new person',
  );
  await expect(dialog.getByRole('row', { name: /Aiko Tanaka/ })).toContainText(
    'Matched to Aiko Tanaka',
  );
  await dialog.getByRole('button', { name: 'Import 3 shifts' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Imported 3 shifts (2 new people).')).toBeVisible();
  await expect(roster.slot('Reception').getByRole('link', { name: '山田 花子' })).toBeVisible();
  await expect(roster.slot('Setup').getByRole('link', { name: '佐藤 健' })).toBeVisible();
  await expect(roster.slot('Photos').getByRole('link', { name: 'Aiko Tanaka' })).toBeVisible();

  const again = await importFile();
  await expect(again.getByText('Already on the roster: skipped')).toHaveCount(3);
  await expect(again.getByRole('button', { name: 'Import 0 shifts' })).toBeDisabled();
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toHaveCount(0);
});
