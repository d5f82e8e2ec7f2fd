// Import through the UI: each fixture format gives the people (and events) the fixtures README
// says; re-importing creates no duplicates; a Meetup list attached to a new event records who
// attended; a generic CSV goes through the column mapping; a file dropped on the window opens the
// preview; Escape closes without writing.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { HallwayEvent, Interaction, Person } from '../shared/domain/entities';
import { countLivePeople } from './fixtures/hallway-hook';
import { expect, test } from './fixtures/web-test';
import { ImportDialog } from './pages/import-dialog';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../shared/import/fixtures/${name}`, import.meta.url));

function livePeople(page: Page): Promise<Person[]> {
  return page.evaluate(() => window.__hallway!.db.people.where('deletedAt').equals(0).toArray());
}

async function personNamed(page: Page, displayName: string): Promise<Person> {
  const person = (await livePeople(page)).find(
    (candidate) => candidate.displayName === displayName,
  );
  if (!person) throw new Error(`No person called ${displayName}`);
  return person;
}

function interactionsOf(page: Page, personId: string): Promise<Interaction[]> {
  return page.evaluate(
    (id) => window.__hallway!.db.interactions.where('personId').equals(id).toArray(),
    personId,
  );
}

function liveEvents(page: Page): Promise<HallwayEvent[]> {
  return page.evaluate(() => window.__hallway!.db.events.toArray());
}

async function importFixture(dialog: ImportDialog, name: string): Promise<void> {
  await dialog.openFromSettings();
  await dialog.chooseFile(fixture(name));
  await expect(dialog.counts).toBeVisible();
}

test('LinkedIn connections: five people with company, position and the day they connected', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await importFixture(dialog, 'linkedin-connections.csv');
  await expect(dialog.dialog).toContainText('LinkedIn connections');
  await expect(dialog.counts).toHaveText('5 new · 0 to merge · 0 skipped · 0 not importable');
  expect(await dialog.importAndWait()).toBe('5 created · 0 merged · 0 skipped');

  const people = await livePeople(app.page);
  expect(people.map((person) => person.displayName).sort()).toEqual(
    ['Aiko Tanaka', 'Ben Okafor', 'Carla Mendes', 'Dana', '佐藤 健'].sort(),
  );
  const carla = await personNamed(app.page, 'Carla Mendes');
  expect(carla.company).toBe('Ruby Ops, Inc.');
  expect(carla.role).toBe('Engineering Manager, Platform');
  const dana = await personNamed(app.page, 'Dana');
  expect(dana.familyName).toBe('');
  const aiko = await personNamed(app.page, 'Aiko Tanaka');
  const [connected] = await interactionsOf(app.page, aiko.id);
  expect(new Date(connected!.at).toDateString()).toBe(new Date(2024, 2, 12).toDateString());
});

test('importing the LinkedIn file twice finds everyone again and creates no one', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await importFixture(dialog, 'linkedin-connections.csv');
  await dialog.importAndWait();
  await dialog.dialog.getByRole('button', { name: 'Done' }).click();

  await importFixture(dialog, 'linkedin-connections.csv');
  await expect(dialog.counts).toHaveText('0 new · 0 to merge · 5 skipped · 0 not importable');
  await expect(dialog.row(5)).toContainText(
    'Matches Aiko Tanaka · Same e-mail: aiko@example.com · Already up to date',
  );
  await expect(dialog.importButton).toBeDisabled();
  await dialog.decision(5).selectOption('merge');
  await expect(dialog.counts).toHaveText('0 new · 1 to merge · 4 skipped · 0 not importable');
  expect(await dialog.importAndWait()).toBe('0 created · 1 merged · 4 skipped');
  expect(await countLivePeople(app.page)).toBe(5);
});

test('Google Contacts: two people, and the row with no name or e-mail reported by line', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await importFixture(dialog, 'google-contacts.csv');
  await expect(dialog.counts).toHaveText('2 new · 0 to merge · 0 skipped · 1 not importable');
  await expect(dialog.problems).toContainText('Line 5No name and no e-mail address');
  await dialog.importAndWait();

  const hanako = await personNamed(app.page, '山田 花子');
  expect(hanako.nameReading).toBe('やまだ はなこ');
  expect(hanako.emails).toEqual(['hanako@example.com', 'hanako.y@example.net']);
  expect(hanako.notes).toContain('Into accessibility\nand typography.');
  const luis = await personNamed(app.page, 'Luis García');
  expect(luis.phones).toEqual(['+1 555 0100', '+1 555 0101']);
  expect(await countLivePeople(app.page)).toBe(2);
});

test('vCard: Rei with reading, GitHub and note, Jonas with interests, the bare card by its e-mail', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await importFixture(dialog, 'contacts.vcf');
  await expect(dialog.dialog).toContainText('vCard');
  await dialog.importAndWait();

  const rei = await personNamed(app.page, 'Rei Yamamoto');
  expect(rei.nameReading).toBe('やまもと れい');
  expect(rei.links.some((link) => link.includes('github.com'))).toBe(true);
  expect(rei.notes.split('\n').length).toBeGreaterThanOrEqual(2);
  const jonas = await personNamed(app.page, 'Jonas Berg');
  expect(jonas.interests).toEqual(expect.arrayContaining(['go', 'community', 'venues']));
  await personNamed(app.page, 'no-name@example.com');
});

test('a Meetup list attached to a new event: attendees get a met interaction there', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await importFixture(dialog, 'meetup-attendees.csv');
  await expect(dialog.counts).toHaveText('4 new · 0 to merge · 0 skipped · 0 not importable');
  await expect(dialog.dialog.getByLabel('A new event')).toBeChecked();
  await dialog.dialog.getByLabel('Event name').fill('Tokyo Rust #12');
  await dialog.importAndWait();

  const [event] = await liveEvents(app.page);
  expect(event?.name).toBe('Tokyo Rust #12');
  const metAt = async (name: string) =>
    (await interactionsOf(app.page, (await personNamed(app.page, name)).id)).filter(
      (interaction) => interaction.kind === 'met' && interaction.eventId === event!.id,
    ).length;
  expect(await metAt('Aiko Tanaka')).toBe(1);
  expect(await metAt('Mika Ito')).toBe(1);
  expect(await metAt('Ben Okafor')).toBe(0);
  expect(await metAt('Sam Lee')).toBe(0);

  await dialog.dialog.getByRole('link', { name: 'Open the event' }).click();
  await expect(dialog.dialog).toBeHidden();
  await expect(app.heading()).toHaveText('Tokyo Rust #12');
});

test('Luma guests: three people, approval and check-in kept, the custom answer as a note', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await importFixture(dialog, 'luma-guests.csv');
  await expect(dialog.counts).toHaveText('3 new · 0 to merge · 0 skipped · 0 not importable');
  await dialog.importAndWait();

  expect(await countLivePeople(app.page)).toBe(3);
  const aiko = await personNamed(app.page, 'Aiko Tanaka');
  expect(aiko.notes).toContain('Distributed tracing in Rust');
  const [met] = await interactionsOf(app.page, aiko.id);
  expect(met?.kind).toBe('met');
  expect(met?.note).toContain('approved');
  const tom = await personNamed(app.page, 'Tom Weber');
  expect(tom.notes).toContain('waitlist');
});

test('connpass: three people, the withdrawn user reported and skipped', async ({ app }) => {
  const dialog = new ImportDialog(app.page);
  await importFixture(dialog, 'connpass-participants.csv');
  await expect(dialog.counts).toHaveText('3 new · 0 to merge · 0 skipped · 1 not importable');
  await expect(dialog.problems).toContainText('Line 5');
  await dialog.importAndWait();

  expect((await livePeople(app.page)).map((person) => person.displayName).sort()).toEqual(
    ['伊藤 美香', '佐藤 健', '田中 愛子'].sort(),
  );
  const aiko = await personNamed(app.page, '田中 愛子');
  const [met] = await interactionsOf(app.page, aiko.id);
  expect(met?.note).toContain('出席');
});

test('the Shift_JIS roster is read as Shift_JIS unasked and its volunteers get shifts at a new event', async ({
  app,
}) => {
  const dialog = new ImportDialog(app.page);
  await dialog.openFromSettings();
  await dialog.chooseFile(fixture('volunteer-roster-shiftjis.csv'));
  await expect(dialog.mappingFor('役割')).toHaveValue('volunteerRole');
  await expect(dialog.mappingFor('担当時間')).toHaveValue('volunteerShift');
  await dialog.dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.counts).toHaveText('3 new · 0 to merge · 0 skipped · 0 not importable');
  await expect(dialog.dialog.getByLabel('Encoding')).toHaveValue('shift_jis');
  await expect(dialog.row(2)).toContainText('山田 花子');
  await dialog.dialog.getByLabel('Event name').fill('Rust Tokyo #12');
  await dialog.importAndWait();
  await expect(dialog.dialog).toContainText('3 volunteer shifts recorded.');

  const hanako = await personNamed(app.page, '山田 花子');
  expect(hanako.nameReading).toBe('やまだ はなこ');
  const shifts = await app.page.evaluate(() => window.__hallway!.db.volunteerShifts.toArray());
  expect(shifts.map((shift) => shift.role).sort()).toEqual(['会場設営', '受付', '撮影'].sort());
});
