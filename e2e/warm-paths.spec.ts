// Warm paths, "who can introduce me?" (issue 15): the user met Aoi at RustFest 2025; Aoi works
// with Bruno at Acme Cloud; Chen at Globex is known to no one the user knows.
import type { Page } from '@playwright/test';
import type { HallwayEvent, Relationship } from '../shared/domain/entities';
import { expect, test } from './fixtures/web-test';
import { seedInteractions, seedPeople } from './fixtures/seed-people';
import { WarmPathsPage } from './pages/warm-paths-page';

const DAY = 24 * 60 * 60 * 1000;

async function seedCast(page: Page): Promise<void> {
  const now = Date.now();
  const rustFest: HallwayEvent = {
    id: 'rustfest',
    name: 'RustFest 2025',
    series: '',
    kind: 'conference',
    startsAt: now - 30 * DAY,
    endsAt: null,
    location: '',
    url: '',
    myRole: 'attendee',
    notes: '',
    createdAt: now,
    updatedAt: now,
    deletedAt: 0,
  };
  await page.evaluate((event) => window.__hallway!.insertRows('events', [event]), rustFest);
  await seedPeople(page, [
    { id: 'aoi', displayName: 'Aoi Sato', givenName: 'Aoi', familyName: 'Sato' },
    { id: 'bruno', displayName: 'Bruno Diaz', company: 'Acme Cloud' },
    { id: 'chen', displayName: 'Chen Li', company: 'Globex' },
  ]);
  await seedInteractions(page, [
    { id: 'met-aoi', personId: 'aoi', at: now - 30 * DAY, kind: 'met', eventId: 'rustfest' },
  ]);
  const worksWith: Relationship = {
    id: 'aoi-bruno',
    fromId: 'aoi',
    toId: 'bruno',
    kind: 'works-with',
    note: '',
    since: null,
    until: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: 0,
  };
  await page.evaluate((row) => window.__hallway!.insertRows('relationships', [row]), worksWith);
}

test('from the palette, a warm path to a company shows the chain and why', async ({ app }) => {
  await seedCast(app.page);
  const warmPaths = new WarmPathsPage(app.page);

  await warmPaths.openFromPalette();
  await expect(app.heading()).toHaveText('Who can introduce me?');
  await warmPaths.findTo('acme', /^Acme Cloud\s*Company/);

  const chain = warmPaths.chain('Through Aoi Sato');
  await expect(chain).toContainText(
    'You met Aoi Sato at RustFest 2025; Aoi Sato works with Bruno Diaz',
  );
  await chain.getByRole('link', { name: 'Bruno Diaz' }).click();
  await expect(app.heading()).toHaveText('Bruno Diaz');
});

test('a company typed in the palette goes straight to its warm paths', async ({ app }) => {
  await seedCast(app.page);
  const warmPaths = new WarmPathsPage(app.page);

  await warmPaths.findFromPalette('acme', /Find a warm path to Acme Cloud \(company\)/);

  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('Who can introduce me?');
  await expect(warmPaths.chain('Through Aoi Sato')).toContainText('Aoi Sato works with Bruno Diaz');
});

test('from a person page, W asks who can introduce me to them', async ({ app }) => {
  await seedCast(app.page);
  await app.page.evaluate(() => (window.location.hash = '#/people/bruno'));
  await expect(app.heading()).toHaveText('Bruno Diaz');

  await app.page.locator('body').press('w');

  await expect(app.heading()).toHaveText('Who can introduce me?');
  await expect(new WarmPathsPage(app.page).chain('Through Aoi Sato')).toBeVisible();
});

test('says when no one the user knows connects to a company', async ({ app }) => {
  await seedCast(app.page);
  const warmPaths = new WarmPathsPage(app.page);
  await warmPaths.openFromPalette();

  await warmPaths.findTo('globex', /^Globex\s*Company/);

  await expect(warmPaths.emptyState('Globex')).toBeVisible();
});

test('in Japanese, the chain is explained in Japanese', async ({ app, settings }) => {
  await seedCast(app.page);
  await app.goTo('Settings');
  await settings.chooseLanguage('日本語');
  await expect(app.navLink('設定')).toBeVisible();
  const warmPaths = WarmPathsPage.inJapanese(app.page);

  await warmPaths.findFromPalette('acme', /Acme Cloud（会社）へのつながりをたどる/);
  await expect(app.heading()).toHaveText('誰に紹介してもらえる？');

  await expect(warmPaths.chain('Aoi Satoさん経由')).toContainText(
    'RustFest 2025でAoi Satoさんに会いました。Aoi SatoさんはBruno Diazさんと一緒に働いています。',
  );
});
