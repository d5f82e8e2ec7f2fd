// An organizer's roster: an event with two roles, three volunteers (one created on the spot), the
// gaps, a warning for one person in two shifts at once, attendance through the keyboard checklist
// with one no-show, the hours, the printable roster with contact details, and the shifts on a
// volunteer's timeline.
import { seedPeople } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { PersonPage } from './pages/person-page';
import { RosterSection } from './pages/roster-section';

test.use({ timezoneId: 'Asia/Tokyo' });

test.beforeEach(async ({ app }) => {
  await seedPeople(app.page, [
    {
      id: 'aiko',
      displayName: 'Aiko Tanaka',
      nameReading: 'たなか あいこ',
      emails: ['aiko@example.com'],
      phones: ['090-1234-5678'],
    },
    { id: 'ben', displayName: 'Ben Carter', emails: ['ben@example.com'] },
  ]);
});

test('a roster from roles to attendance, hours and print', async ({ app }) => {
  // The whole organizer's evening in one scenario (some forty steps, each a write kept in step
  // with the figures and standings): 12 s alone, over 30 s once under a loaded CI run.
  test.slow();
  const { page } = app;
  await app.goTo('Events');
  await page.getByRole('button', { name: 'New event' }).click();
  await page.getByLabel('Name').fill('Rust Meetup #12');
  await page.getByLabel('Starts').fill('2026-11-20T18:00');
  await page.getByLabel('Ends').fill('2026-11-20T21:00');
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(app.heading()).toHaveText('Rust Meetup #12');

  const roster = new RosterSection(page);
  await expect(roster.section.getByText('No shifts yet.')).toBeVisible();
  await roster.addRole('Reception', 2);
  await roster.addRole('Setup', 1);
  await expect(roster.gaps).toContainText('Reception 0 of 2');
  await expect(roster.gaps).toContainText('Setup 0 of 1');

  await roster.addShift('Setup', '17:00', '19:00', 'Aiko Tanaka');
  await roster.addShift('Reception', '18:00', '21:00', 'Ben Carter');
  await roster.addToSlot('Reception', 'Chika Mori', 'Create “Chika Mori”');
  await expect(roster.slot('Reception').getByRole('link', { name: 'Chika Mori' })).toBeVisible();
  await expect(roster.gaps).toContainText('Reception 0 of 2');
  await expect(roster.gaps).toContainText('2 invited, no answer yet');

  await roster.status('Ben Carter', 'Reception').selectOption('Confirmed');
  await roster.status('Chika Mori', 'Reception').selectOption('Confirmed');
  await roster.status('Aiko Tanaka', 'Setup').selectOption('Confirmed');
  await expect(roster.gaps).toContainText('Reception 2 of 2');
  await expect(roster.gaps).toContainText('Setup 1 of 1');

  await expect(roster.warnings()).toHaveCount(0);
  await roster.addToSlot('Reception', 'Aiko', 'Aiko Tanaka');
  await expect(roster.slot('Reception').getByRole('note')).toContainText(
    'Aiko Tanaka is also on Setup at the same time',
  );
  await expect(roster.slot('Setup').getByRole('note')).toContainText(
    'Aiko Tanaka is also on Reception at the same time',
  );

  await roster.section.getByRole('button', { name: 'Attendance checklist' }).click();
  const list = roster.checklist.getByRole('listbox');
  await expect(list).toBeFocused();
  await expect(list.getByRole('option')).toHaveCount(4);
  await list.press('a');
  await list.press(' ');
  await list.press('n');
  await list.press('a');
  await expect(list.getByRole('option', { name: /Chika Mori/ })).toContainText('No-show');
  await list.press('Enter');
  await expect(roster.checklist).toBeHidden();
  await expect(page.getByText('Attendance saved: 3 attended, 1 no-show.')).toBeVisible();

  await expect(roster.status('Chika Mori', 'Reception')).toHaveValue('no-show');
  await expect(roster.hours('Ben Carter', 'Reception')).toHaveValue('3');
  await expect(roster.hoursSummary).toHaveText('8 hours volunteered by 2 people.');
  await roster.hours('Ben Carter', 'Reception').fill('2.5');
  await roster.hours('Ben Carter', 'Reception').press('Enter');
  await expect(roster.hoursSummary).toHaveText('7.5 hours volunteered by 2 people.');

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await roster.section.getByRole('button', { name: 'Print roster' }).click();
  const sheet = roster.printView;
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(
    'Volunteer roster: Rust Meetup #12',
  );
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveCount(2);
  const aikoRow = sheet.getByRole('row', { name: /Aiko Tanaka/ }).first();
  await expect(aikoRow).toContainText('aiko@example.com');
  await expect(aikoRow).toContainText('090-1234-5678');
  await expect(sheet.getByRole('row', { name: /Chika Mori/ })).toContainText('No-show');
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(page.getByRole('main')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print…' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Print…' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();

  await roster.slot('Setup').getByRole('link', { name: 'Aiko Tanaka' }).click();
  const shifts = new PersonPage(page).timelineEntries().filter({ hasText: 'Volunteer shift' });
  await expect(shifts).toHaveCount(2);
  await expect(shifts.filter({ hasText: 'Setup' })).toContainText('2 h · Attended');
  await expect(shifts.filter({ hasText: 'Reception' })).toContainText('Rust Meetup #12');
});
