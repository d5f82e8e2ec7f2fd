// Event prep and calendar files (issue 15): a Meetup calendar imported twice through the Events
// screen is one set of events (the second time changes nothing), and its export downloads as an
// .ics with the upcoming events; an upcoming event of a series names the people met at its
// earlier events on its page and in its printable cheat sheet, and a past one has its recap.
import { readFile } from 'node:fs/promises';
import type { FollowUp, HallwayEvent } from '../shared/domain/entities';
import { seedInteractions, seedPeople } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { CalendarImportDialog, icsFixture } from './pages/calendar-import-dialog';
import { EventPrepSection } from './pages/event-prep-section';

const DAY = 86_400_000;
const NOW = Date.now();

function seriesEvent(id: string, startsAt: number): HallwayEvent {
  return {
    id,
    name: `Shibuya.js ${id}`,
    series: 'Shibuya.js',
    kind: 'meetup',
    startsAt,
    endsAt: null,
    location: 'Shibuya',
    url: '',
    myRole: 'attendee',
    notes: '',
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: 0,
  };
}

test.describe('an event of a series', () => {
  test.beforeEach(async ({ app }) => {
    await seedPeople(app.page, [
      {
        id: 'p-hanako',
        displayName: '山田 花子',
        nameReading: 'やまだ はなこ',
        company: 'Mercari',
        offers: ['rust'],
      },
      { id: 'p-ada', displayName: 'Ada Lovelace', company: 'Analytical', asks: ['rust'] },
      { id: 'p-ben', displayName: 'Ben Carter' },
      { id: 'p-stranger', displayName: 'Not In The Series' },
    ]);
    await app.page.evaluate(
      (events) => window.__hallway!.insertRows('events', events),
      [
        seriesEvent('s1', NOW - 60 * DAY),
        seriesEvent('s2', NOW - 30 * DAY),
        seriesEvent('s3', NOW + 7 * DAY),
      ],
    );
    await seedInteractions(app.page, [
      { id: 'm1', personId: 'p-hanako', at: NOW - 60 * DAY, kind: 'met', eventId: 's1' },
      { id: 'm2', personId: 'p-hanako', at: NOW - 30 * DAY, kind: 'met', eventId: 's2' },
      { id: 'm3', personId: 'p-ada', at: NOW - 30 * DAY, kind: 'met', eventId: 's2' },
      { id: 'm4', personId: 'p-ben', at: NOW - 30 * DAY, kind: 'met', eventId: 's2' },
      { id: 'c1', personId: 'p-stranger', at: NOW - 30 * DAY, kind: 'call' },
    ]);
    const followUp: FollowUp = {
      id: 'f1',
      personId: 'p-ada',
      dueAt: NOW + 2 * DAY,
      reason: 'Send the Rust slides',
      status: 'open',
      rule: 'manual:f1',
      createdAt: NOW,
      updatedAt: NOW,
    };
    await app.page.evaluate((row) => window.__hallway!.insertRows('followUps', [row]), followUp);
  });

  test('an upcoming event’s cheat sheet lists who is likely there', async ({ page }) => {
    const prep = new EventPrepSection(page);
    await prep.open('s3');
    await expect(prep.likelyThere).toHaveText(['山田 花子', 'Ada Lovelace', 'Ben Carter']);
    await expect(prep.ideas).toHaveText([/^Ada Lovelace ↔ 山田 花子|^山田 花子 ↔ Ada Lovelace/]);

    await prep.printCheatSheet();
    await expect(prep.cheatSheetRows()).toHaveCount(3);
    const hanako = prep.cheatSheetRow('山田 花子');
    await expect(hanako).toContainText('やまだ はなこ');
    await expect(hanako).toContainText('Mercari');
    await expect(hanako).toContainText('at 2 events of this series');
    await expect(prep.cheatSheetRow('Ada Lovelace')).toContainText(
      'Follow up: Send the Rust slides',
    );
    await page.keyboard.press('Escape');
    await expect(prep.cheatSheet).toBeHidden();

    await prep.introduceFirstIdea();
    await expect(prep.ideas).toHaveCount(0);
    await expect(page.getByText('No introductions to suggest among them.')).toBeVisible();
  });

  test('a past event’s recap counts who was met and what is left to follow up', async ({
    page,
  }) => {
    const prep = new EventPrepSection(page);
    await prep.open('s2');
    await expect(prep.recap).toContainText('You met 3 people here.');
    await expect(
      prep.recap.getByRole('list', { name: 'Follow-ups from this event' }).getByRole('link'),
    ).toHaveText(['Ada Lovelace', 'Ben Carter', '山田 花子']);
  });
});

test('importing the same calendar file twice leaves one of each event', async ({ app, page }) => {
  await app.goTo('Events');
  const calendarImport = new CalendarImportDialog(page);

  await calendarImport.open();
  await calendarImport.chooseFile(icsFixture('meetup.ics'));
  await expect(calendarImport.summary).toHaveText(
    '“meetup.ics”: 2 new, 0 updated, 0 already up to date.',
  );
  await expect(calendarImport.list(/new events/)).toHaveCount(2);
  await calendarImport.importEvents();
  const hackNight = page.getByRole('link', {
    name: 'NYC JS Hack Night (through the clock change)',
  });
  await expect(hackNight).toHaveCount(1);

  await calendarImport.open();
  await calendarImport.chooseFile(icsFixture('meetup.ics'));
  await expect(calendarImport.summary).toHaveText(
    '“meetup.ics”: 0 new, 0 updated, 2 already up to date.',
  );
  await expect(
    calendarImport.dialog.getByRole('button', { name: 'Import 0 events' }),
  ).toBeDisabled();
  await calendarImport.close();

  await expect(hackNight).toHaveCount(1);
  expect(await page.evaluate(() => window.__hallway!.db.events.count())).toBe(2);
});

test('lists the events a calendar file cannot give, with their lines', async ({ app, page }) => {
  await app.goTo('Events');
  const calendarImport = new CalendarImportDialog(page);
  await calendarImport.open();
  await calendarImport.chooseFile(icsFixture('with-invalid-events.ics'));
  await expect(calendarImport.list(/cannot be imported/)).toHaveText([
    'Line 11: Date to be announced — it has no start (DTSTART)',
    'Line 16: Windows time zone name — its time zone is unknown',
    'Line 22: Ends before it starts — it ends before it starts',
  ]);
  await calendarImport.importEvents();
  await expect(page.getByRole('link', { name: 'Kotlin Fest 2030' })).toBeVisible();
});

test('exports upcoming events and open follow-ups as a calendar file with stable UIDs', async ({
  app,
  page,
}) => {
  await seedPeople(page, [{ id: 'p-aoi', displayName: 'Aoi Sato' }]);
  const followUp: FollowUp = {
    id: 'f-aoi',
    personId: 'p-aoi',
    dueAt: NOW + 3 * DAY,
    reason: 'Share the meetup photos',
    status: 'open',
    rule: 'manual:f-aoi',
    createdAt: NOW,
    updatedAt: NOW,
  };
  await page.evaluate((row) => window.__hallway!.insertRows('followUps', [row]), followUp);
  await app.goTo('Events');
  const calendarImport = new CalendarImportDialog(page);
  await calendarImport.open();
  await calendarImport.chooseFile(icsFixture('connpass.ics'));
  await calendarImport.importEvents();

  const exportCalendar = async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export calendar' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  };
  const first = await exportCalendar();
  expect(first.name).toBe('hallway-calendar.ics');
  expect(first.text).toContain('SUMMARY:Rust.Tokyo もくもく会 #42');
  expect(first.text).toContain('DTSTART:20300115T100000Z');
  const uids = (text: string) => text.match(/^UID:[^\r]*/gm);
  expect(first.text).toContain('SUMMARY:Follow up with Aoi Sato');
  expect(first.text).toContain('DESCRIPTION:Share the meetup photos');
  expect(uids(first.text)).toHaveLength(3);
  expect(uids((await exportCalendar()).text)).toEqual(uids(first.text));
});
