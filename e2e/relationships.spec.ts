// Relationships between people (issue 15): said from one person's page by keyboard ("Knows…",
// K), read the right way round on the other person's page, removed and brought back with Undo,
// and exported as a CSV file of their own.
import { seedPeople } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { ExportDialog } from './pages/export-dialog';
import { PersonPage } from './pages/person-page';
import { RelationshipsSection } from './pages/relationships-section';

const STORY = 'Aoi Sato introduced me to Bruno Díaz';

test.beforeEach(async ({ app }) => {
  await seedPeople(app.page, [
    { id: 'aoi', displayName: 'Aoi Sato', sortName: 'aoi sato' },
    { id: 'bruno', displayName: 'Bruno Díaz', sortName: 'bruno diaz', company: 'Ferrous' },
  ]);
});

test('adds a relationship by keyboard and reads it from both sides; Undo brings back a removed one; it is exported', async ({
  app,
  page,
}) => {
  const person = new PersonPage(page);
  const relationships = new RelationshipsSection(page);
  await person.open('aoi', 'Aoi Sato');
  await expect(relationships.section).toContainText('No relationships with Aoi Sato yet');

  await relationships.openWithKey();
  await relationships.pickPerson('Bru', 'Bruno Díaz · Ferrous');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(relationships.kind).toHaveValue('introduced-me-to');
  await expect(relationships.dialog).toContainText(STORY);
  await page.keyboard.press('Tab');
  await expect(relationships.note).toBeFocused();
  await page.keyboard.type('RustFest 2025');
  await page.keyboard.press('Enter');

  await expect(relationships.dialog).toBeHidden();
  await expect(relationships.item(STORY)).toContainText('RustFest 2025');

  await relationships.item(STORY).getByRole('link', { name: 'Bruno Díaz' }).click();
  await expect(person.heading).toHaveText('Bruno Díaz');
  await expect(relationships.items).toHaveCount(1);
  await expect(relationships.item(STORY)).toBeVisible();
  await expect(relationships.item(STORY).getByRole('link', { name: 'Aoi Sato' })).toBeVisible();

  await relationships.removeButton('Aoi Sato').click();
  await expect(relationships.items).toHaveCount(0);
  await person.toastUndo('Removed the relationship with Aoi Sato').click();
  await expect(relationships.item(STORY)).toContainText('RustFest 2025');

  await app.goTo('People');
  const exporter = new ExportDialog(page);
  await exporter.openFromPeopleToolbar();
  await exporter.chooseTable('Relationships');
  const { name, bytes } = await exporter.export();
  expect(name).toMatch(/^hallway-relationships-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = bytes
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n');
  expect(lines[0]).toBe('ID,From ID,From name,To ID,To name,Kind,Note,Since,Until');
  expect(lines[1]).toMatch(
    /^[\w-]+,aoi,Aoi Sato,bruno,Bruno Díaz,introduced-me-to,RustFest 2025,,$/,
  );
});
