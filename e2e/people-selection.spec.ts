// Selecting many people in the People list, by mouse (Ctrl-click, Shift-click) and by keyboard
// (Shift+arrows, Ctrl+A, Escape), and acting on them from the selection bar: a topic, a
// keep-in-touch cadence, an export, the trash; each change with Undo.
import type { Page } from '@playwright/test';
import { seedPeople, storedPerson } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { PeoplePage } from './pages/people-page';
import { PeopleSelectionBar } from './pages/people-selection-bar';

const NAMES = ['Ana Alves', 'Ben Brook', 'Cleo Chen', 'Dai Doi', 'Eva Eng'];

test.beforeEach(async ({ app }) => {
  await seedPeople(
    app.page,
    NAMES.map((displayName, index) => ({
      id: `p${index}`,
      displayName,
      keepInTouchDays: index === 3 ? 30 : null,
    })),
  );
});

const selectedNames = (page: Page) =>
  page
    .getByRole('grid', { name: 'People' })
    .locator('[role="row"][aria-selected="true"] .person-row__display-name')
    .allInnerTexts();

const undoIn = (people: PeoplePage, message: string) =>
  people.toasts.locator('.toast', { hasText: message }).getByRole('button', { name: 'Undo' });

test('by mouse: Ctrl-click and Shift-click select, a topic is added and undone, the trash takes them with Undo', async ({
  app,
}) => {
  const people = new PeoplePage(app.page);
  const bar = new PeopleSelectionBar(app.page);
  await people.expectCount(5);

  await people.row('Ana Alves').click({ modifiers: ['ControlOrMeta'] });
  await expect(bar.count).toHaveText('1 selected');
  await people.row('Cleo Chen').click({ modifiers: ['Shift'] });
  await expect(bar.count).toHaveText('3 selected');
  await people.row('Eva Eng').click({ modifiers: ['ControlOrMeta'] });
  expect(await selectedNames(app.page)).toEqual(['Ana Alves', 'Ben Brook', 'Cleo Chen', 'Eva Eng']);
  await people.row('Ben Brook').click({ modifiers: ['ControlOrMeta'] });
  await expect(bar.count).toHaveText('3 selected');

  await bar.topic.fill('Rust');
  await bar.button('Add topic').click();
  await expect(people.toasts).toContainText('Added Rust to 3 people.');
  expect((await storedPerson(app.page, 'p0'))?.interests).toEqual(['rust']);
  expect((await storedPerson(app.page, 'p1'))?.interests).toEqual([]);
  await undoIn(people, 'Added Rust to 3 people.').click();
  await expect(people.toasts).toContainText('Undone for 3 people.');
  expect((await storedPerson(app.page, 'p0'))?.interests).toEqual([]);

  await bar.button('Move to trash').click();
  await people.expectCount(2);
  await expect(bar.bar).toBeHidden();
  await undoIn(people, 'Moved 3 people to the trash.').click();
  await people.expectCount(5);
  expect((await storedPerson(app.page, 'p4'))?.deletedAt).toBe(0);
});

test('by keyboard: Shift+arrows extend, Escape clears, Ctrl+A selects all, then a cadence undone and an export', async ({
  app,
}) => {
  const people = new PeoplePage(app.page);
  const bar = new PeopleSelectionBar(app.page);
  await people.expectCount(5);
  await people.list.focus();
  await expect(people.selectedRow()).toContainText('Ana Alves');

  await app.page.keyboard.press('Shift+ArrowDown');
  await app.page.keyboard.press('Shift+ArrowDown');
  await expect(bar.count).toHaveText('3 selected');
  await app.page.keyboard.press('Shift+ArrowUp');
  expect(await selectedNames(app.page)).toEqual(['Ana Alves', 'Ben Brook']);
  await app.page.keyboard.press('Escape');
  await expect(bar.bar).toBeHidden();

  await app.page.keyboard.press('ControlOrMeta+a');
  await expect(bar.count).toHaveText('5 selected');
  await bar.cadence.selectOption({ label: 'Every 14 days' });
  await bar.button('Set cadence').click();
  await expect(people.toasts).toContainText('Keep-in-touch cadence set for 5 people.');
  expect((await storedPerson(app.page, 'p3'))?.keepInTouchDays).toBe(14);
  await undoIn(people, 'Keep-in-touch cadence set for 5 people.').click();
  await expect(people.toasts).toContainText('Undone for 5 people.');
  expect((await storedPerson(app.page, 'p3'))?.keepInTouchDays).toBe(30);
  expect((await storedPerson(app.page, 'p0'))?.keepInTouchDays).toBeNull();

  const file = await bar.export('Export vCard');
  expect(file.name).toMatch(/\.vcf$/);
  expect(file.text.match(/BEGIN:VCARD/g)).toHaveLength(5);
});

test('by keyboard: Delete trashes the whole selection in one go, Undo brings exactly those back', async ({
  app,
}) => {
  const people = new PeoplePage(app.page);
  const bar = new PeopleSelectionBar(app.page);
  await people.expectCount(5);
  await people.list.focus();
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('Shift+ArrowDown');
  await app.page.keyboard.press('Shift+ArrowDown');
  expect(await selectedNames(app.page)).toEqual(['Ben Brook', 'Cleo Chen', 'Dai Doi']);

  await app.page.keyboard.press('Delete');
  await people.expectCount(2);
  await expect(bar.bar).toBeHidden();
  await expect(people.toasts).toContainText('Moved 3 people to the trash.');
  expect((await storedPerson(app.page, 'p0'))?.deletedAt).toBe(0);
  expect((await storedPerson(app.page, 'p4'))?.deletedAt).toBe(0);
  await expect(people.selectedRow()).toContainText('Eva Eng');

  await people.toasts.getByRole('button', { name: 'Undo' }).click();
  await people.expectCount(5);
  for (const id of ['p1', 'p2', 'p3']) {
    expect((await storedPerson(app.page, id))?.deletedAt).toBe(0);
  }

  // Without a selection, Backspace still trashes only the person the cursor is on.
  await people.list.focus();
  await people.selectedRow().waitFor();
  const current = await people.selectedRow().locator('.person-row__display-name').innerText();
  await app.page.keyboard.press('Backspace');
  await people.expectCount(4);
  await expect(people.list).not.toContainText(current);
});

test('"Select all N" selects everyone the list shows', async ({ app }) => {
  const people = new PeoplePage(app.page);
  const bar = new PeopleSelectionBar(app.page);
  await people.row('Dai Doi').click({ modifiers: ['ControlOrMeta'] });
  await bar.button('Select all 5').click();
  await expect(bar.count).toHaveText('5 selected');
  const file = await bar.export('Export CSV');
  expect(file.text.split('\n').filter((line) => line.trim() !== '')).toHaveLength(6);
});
