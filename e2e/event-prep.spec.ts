// Event prep and calendar files (issue 15): a Meetup calendar imported twice through the Events
// screen is one set of events (the second time changes nothing), and its export downloads as an
// .ics with the upcoming events.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/web-test';
import { CalendarImportDialog, icsFixture } from './pages/calendar-import-dialog';

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

test('exports upcoming events as a calendar file with stable UIDs', async ({ app, page }) => {
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
  expect(uids(first.text)).toHaveLength(2);
  expect(uids((await exportCalendar()).text)).toEqual(uids(first.text));
});
