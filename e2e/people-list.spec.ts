// The People screen as a user meets it: a list of 50,000 that stays light while scrolling and
// reaches its last name with End; deleting with Undo; the trash restoring and deleting for good.
import type { Page } from '@playwright/test';
import { seedThroughHook } from './fixtures/hallway-hook';
import { expect, test } from './fixtures/web-test';
import { PeoplePage } from './pages/people-page';
import { TrashPage } from './pages/trash-page';

/** Display names of live people in name order: the first `count` and the last one. */
function namesInOrder(page: Page, count = 2): Promise<{ first: string[]; last: string }> {
  return page.evaluate(async (limit) => {
    const people = window.__hallway!.db.people;
    const live = () => people.where('[deletedAt+sortName]').between([0, ''], [0, '\uffff\uffff']);
    const [first, last] = await Promise.all([live().limit(limit).toArray(), live().last()]);
    return { first: first.map((person) => person.displayName), last: last!.displayName };
  }, count);
}

function isLive(page: Page, name: string): Promise<boolean> {
  return page.evaluate(
    async (displayName) =>
      (await window.__hallway!.db.people.where('displayName').equals(displayName).first())
        ?.deletedAt === 0,
    name,
  );
}

test('50,000 people: at most ~100 rows in the DOM while scrolling, and End reaches the last name', async ({
  app,
}) => {
  test.setTimeout(300_000);
  await seedThroughHook(app.page, { seed: 1, people: 50_000, interactionsPerPerson: 0 });
  const people = new PeoplePage(app.page);
  await people.expectCount(50_000, 60_000);
  await expect(people.list).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });

  const most = await people.scrollThroughCountingRows(80);

  expect(most).toBeGreaterThan(5);
  expect(most).toBeLessThanOrEqual(100);
  const { last } = await namesInOrder(app.page);
  await people.list.focus();
  await app.page.keyboard.press('End');
  await expect(people.selectedRow()).toContainText(last);
  await expect(people.selectedRow()).toBeInViewport();
  await expect(people.selectedRow()).toHaveAttribute('aria-rowindex', '50000');
});

test.describe('deleting', () => {
  test.beforeEach(async ({ app }) => {
    await seedThroughHook(app.page, { seed: 3, people: 20 });
  });

  test('a person deleted from the list comes back with Undo', async ({ app }) => {
    const people = new PeoplePage(app.page);
    await people.expectCount(20);
    const [first] = (await namesInOrder(app.page)).first;

    await people.trashWithButton(first);

    await expect(people.toasts).toContainText(`Moved ${first} to the trash`);
    await people.expectCount(19);
    await expect(people.row(first)).toHaveCount(0);
    await people.undoButton().click();
    await people.expectCount(20);
    await expect(people.row(first)).toBeVisible();
    expect(await isLive(app.page, first)).toBe(true);
  });

  test('the keyboard selects, deletes with Delete and selects the next person', async ({ app }) => {
    const people = new PeoplePage(app.page);
    await people.expectCount(20);
    const [first] = (await namesInOrder(app.page)).first;

    await people.list.focus();
    await expect(people.selectedRow()).toContainText(first);
    await app.page.keyboard.press('Delete');

    await expect(people.toasts).toContainText(`Moved ${first} to the trash`);
    await people.expectCount(19);
    await expect(people.selectedRow()).toHaveAttribute('aria-rowindex', '1');
    await expect(people.selectedRow()).not.toContainText(first);
  });

  test('the trash restores a person, and deletes one for good only after confirming', async ({
    app,
  }) => {
    const people = new PeoplePage(app.page);
    await people.expectCount(20);
    const [first, second] = (await namesInOrder(app.page)).first;
    await people.trashWithButton(first);
    await people.trashWithButton(second);
    await people.expectCount(18);
    const trash = new TrashPage(app.page);

    await people.trashLink.click();
    await expect(trash.heading).toBeVisible();
    await expect(trash.list.getByRole('listitem')).toHaveCount(2);
    await trash.restoreButton(first).click();
    await expect(trash.item(first)).toHaveCount(0);
    expect(await isLive(app.page, first)).toBe(true);

    await trash.deleteForGoodButton(second).click();
    await expect(trash.confirmation).toContainText(`Delete ${second} for good?`);
    await expect(trash.confirmation).toContainText('cannot be undone');
    await app.page.keyboard.press('Escape');
    await expect(trash.confirmation).toHaveCount(0);
    await expect(trash.item(second)).toBeVisible();
    await trash.deleteForGoodButton(second).click();
    await trash.confirmation.getByRole('button', { name: 'Delete for good' }).click();

    await expect(trash.emptyMessage).toBeVisible();
    expect(
      await app.page.evaluate(
        (name) => window.__hallway!.db.people.where('displayName').equals(name).count(),
        second,
      ),
    ).toBe(0);
    await app.page.getByRole('link', { name: 'Back to People' }).click();
    await people.expectCount(19);
  });
});
