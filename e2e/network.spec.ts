// The relationship map (issue 15): with sample data the map draws people in headless Chromium's
// software WebGL and settles; a relationship added through the write path shows in the table
// view; the search box selects a person, focus narrows the view to their neighbourhood, Enter on
// the map opens the selected person; the screen speaks Japanese.
import type { Page } from '@playwright/test';
import type { Relationship } from '../shared/domain/entities';
import { seedPeople } from './fixtures/seed-people';
import { expect, test } from './fixtures/web-test';
import { NetworkPage } from './pages/network-page';
import { PersonPage } from './pages/person-page';

function relationship(fields: Pick<Relationship, 'id' | 'fromId' | 'toId' | 'kind'>): Relationship {
  const now = Date.now();
  return {
    note: '',
    since: null,
    until: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: 0,
    ...fields,
  };
}

async function seedCast(page: Page): Promise<void> {
  await seedPeople(page, [
    { id: 'ana', displayName: 'Ana Souza' },
    { id: 'ben', displayName: 'Ben Ito' },
    { id: 'cleo', displayName: 'Cleo Park' },
    { id: 'dan', displayName: 'Dan Mori' },
    { id: 'eve', displayName: 'Eve Sato' },
  ]);
  await page.evaluate(
    (rows) => window.__hallway!.insertRows('relationships', rows),
    [
      relationship({ id: 'r1', fromId: 'ana', toId: 'ben', kind: 'knows' }),
      relationship({ id: 'r2', fromId: 'ben', toId: 'cleo', kind: 'works-with' }),
      relationship({ id: 'r3', fromId: 'cleo', toId: 'dan', kind: 'knows' }),
    ],
  );
}

test('with sample data the map draws everyone and settles', async ({ app }) => {
  await app.page.evaluate(() => window.__hallway!.seed({ seed: 7, people: 300 }));
  await app.goTo('Network');
  const network = new NetworkPage(app.page);

  await network.waitUntilLaidOut();

  await expect(app.page.getByTestId('network-counts')).toContainText('300 people');
  expect(await network.drawnPixels()).toBeGreaterThan(500);
});

test('a relationship added shows in the table view', async ({ app }) => {
  await seedCast(app.page);
  await app.goTo('Network');
  const network = new NetworkPage(app.page);
  await network.showTable();
  await expect(network.row('Eve Sato')).toContainText('None in this view');

  await app.page.evaluate(
    (row) => window.__hallway!.insertRows('relationships', [row]),
    relationship({ id: 'r4', fromId: 'eve', toId: 'ana', kind: 'mentor-of' }),
  );

  await expect(network.row('Eve Sato')).toContainText('mentor of: Ana Souza');
  await expect(network.row('Ana Souza')).toContainText('mentor of: Eve Sato');
});

test('focus narrows the view to two ties around a person, Esc shows everyone, filters narrow it', async ({
  app,
}) => {
  await seedCast(app.page);
  await app.goTo('Network');
  const network = new NetworkPage(app.page);
  await network.showTable();
  await network.find('Ana Souza');

  await app.page.getByRole('button', { name: 'Focus on Ana Souza' }).click();

  await expect(network.table.getByRole('caption')).toHaveText(
    'Ana Souza and the people within two ties',
  );
  await expect(network.row('Ben Ito')).toContainText('1 tie away');
  await expect(network.row('Cleo Park')).toContainText('2 ties away');
  await expect(network.row('Dan Mori')).toHaveCount(0);

  await network.map.focus();
  await app.page.keyboard.press('Escape');

  await expect(network.table.getByRole('caption')).toHaveText('People in this view');
  await expect(network.row('Dan Mori')).toBeVisible();

  // A filter rebuilds the map under the selection: no one in the cast was met yet.
  await app.page.getByRole('checkbox', { name: 'Only people I met' }).check();
  await expect(app.page.getByText('No one matches these filters.')).toBeVisible();
  await expect(network.row('Ana Souza')).toHaveCount(0);
});

test('the keyboard moves along ties and Enter opens the selected person', async ({ app }) => {
  await seedCast(app.page);
  await app.goTo('Network');
  const network = new NetworkPage(app.page);
  await network.waitUntilLaidOut();
  await network.find('Dan Mori');
  await expect(network.map).toBeFocused();

  // Dan's only tie is to Cleo: whichever way she lies, one of the arrows reaches her.
  for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
    await app.page.keyboard.press(key);
    if ((await network.selected.textContent())?.includes('Cleo Park')) break;
  }
  await expect(network.selected).toHaveText('Selected: Cleo Park');

  await app.page.keyboard.press('Enter');

  await expect(new PersonPage(app.page).heading).toHaveText('Cleo Park');
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the map screen is labelled in Japanese', async ({ app }) => {
    await seedCast(app.page);
    await app.navLink('ネットワーク').click();
    const network = new NetworkPage(app.page);

    await expect(app.heading()).toHaveText('ネットワーク');
    await expect(app.page.getByRole('application', { name: 'つながりマップ' })).toBeVisible();
    await expect(app.page.getByRole('group', { name: '凡例' })).toContainText('あなたが紹介');
    await network.showTable();
    await expect(network.row('Ana Souza')).toContainText('知り合い');
  });
});
