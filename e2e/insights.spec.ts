// Insights: with the sample data loaded (and a few follow-ups done and due, which sample data has
// none of), every chart of the Insights screen shows its drawing and a table of its figures; in
// Japanese the charts carry Japanese titles; and a chart saves as an SVG file.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/web-test';
import { InsightsPage } from './pages/insights-page';
// For its declaration of window.__hallway.
import type {} from '../renderer/app/test-hook';

const CHARTS = [
  'People met per month',
  'Introductions over time',
  'Follow-ups done against due',
  'Volunteer hours per event',
  /^Top volunteers/,
  'Topics growing in your network',
] as const;

const JAPANESE_TITLES = [
  '月別の会った人数',
  '紹介の推移',
  'フォローアップの期限と完了',
  'イベント別のボランティア時間',
  'ネットワークで増えているトピック',
];

/** Follow-ups due over the last months, half of them done, through the write path. */
function addFollowUps(page: Page) {
  return page.evaluate(async () => {
    const hook = window.__hallway;
    if (!hook) throw new Error('window.__hallway is missing');
    const people = await hook.db.people.limit(6).primaryKeys();
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    await hook.insertRows(
      'followUps',
      people.map((personId, index) => ({
        id: `insights-follow-up-${index}`,
        createdAt: now - 60 * day,
        updatedAt: now - index * 20 * day,
        personId,
        dueAt: now - index * 25 * day,
        reason: 'Send the slides',
        status: index % 2 === 0 ? ('done' as const) : ('open' as const),
        rule: `manual:insights-${index}`,
      })),
    );
  });
}

test('every insights chart shows its data and table, in English and Japanese, and saves as SVG', async ({
  app,
  settings,
  page,
}) => {
  await app.goTo('Settings');
  await settings.loadSampleData();
  await addFollowUps(page);
  const insights = new InsightsPage(page);

  await app.goTo('Insights');
  await insights.showLastMonths('Last 48 months');

  for (const title of CHARTS) {
    const name =
      typeof title === 'string'
        ? title
        : ((await page.getByRole('heading', { level: 2, name: title }).textContent()) ?? '');
    await expect(insights.drawing(name)).toBeVisible();
    await expect(insights.table(name)).toBeVisible();
    expect(await insights.tableRows(name).count()).toBeGreaterThan(0);
  }

  const download = await insights.saveAsSvg('People met per month');
  expect(download.suggestedFilename()).toBe('people-met.svg');
  const saved = await readFile((await download.path())!, 'utf8');
  expect(saved).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(saved).toContain('People met per month');

  await app.goTo('Settings');
  await settings.chooseLanguage('日本語');
  await app.navLink('インサイト').click();
  await expect(app.heading()).toHaveText('インサイト');
  await insights.showLastMonths('過去48か月');
  for (const title of JAPANESE_TITLES) {
    await expect(insights.drawing(title)).toBeVisible();
    await expect(insights.table(title)).toBeVisible();
  }
});
