// Find duplicates at 50,000 people (the seeded sample data, whose made-up names collide often):
// - duplicates.screen.50k: from opening /people/duplicates to its count of likely pairs on screen
//   (the key indexes read in key order, pairs found, the first 100 shown), median of runs.
import { median } from '../statistics.mjs';

export const name = 'duplicates';

const PEOPLE = 50_000;

export async function run({ page, report, seedIfNeeded, runs }) {
  await seedIfNeeded(PEOPLE);
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    await page.evaluate(() => {
      window.location.hash = '#/people';
    });
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    const started = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      window.location.hash = '#/people/duplicates';
    });
    await page.locator('.screen__summary', { hasText: /likely duplicate/ }).waitFor({
      timeout: 300_000,
    });
    times.push((await page.evaluate(() => performance.now())) - started);
  }
  report('duplicates.screen.50k', median(times));
}
