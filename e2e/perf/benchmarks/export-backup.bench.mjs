// Export and backup at 50,000 people (issue 5), through window.__hallwayExportBackup
// (renderer/features/export/export-test-hook.ts), timed by the page's own clock, after one warm-up:
// - export.people.50k: every live person read (primary-key chunks) and written as Excel-safe CSV,
//   as the export dialog does, file saving aside; and in the same run
//   baseline.toArrayPlusUnparse.50k: Dexie toArray() of 50,000 people plus papaparse's unparse of
//   the raw rows. Target: the export at most 1.5× the baseline (export.people.50k.ratio);
// - backup.50k: a full backup (dexie-export-import, every table but the derived ones) to JSON.
// restore.50k moved to the bulk-writes group, where it is measured next to the bare baseline it
// is held to (and where its 255,000 written rows no longer slow the reloads of later groups).
import { median } from '../statistics.mjs';

export const name = 'export-backup';

const PEOPLE = 50_000;

export async function run({ page, report, seedIfNeeded, runs }) {
  await seedIfNeeded(PEOPLE);
  const exports = await page.evaluate(
    async ({ runs, people }) => {
      const hook = window.__hallwayExportBackup;
      if (!hook) throw new Error('this build has no window.__hallwayExportBackup');
      const exportTimes = [];
      const baselineTimes = [];
      let rows = 0;
      await hook.exportPeopleCsv();
      await hook.baselineToArrayPlusUnparse(people);
      // Alternated, so that both see the same state of the machine.
      for (let run = 0; run < runs; run += 1) {
        let started = performance.now();
        rows = (await hook.exportPeopleCsv()).rows;
        exportTimes.push(performance.now() - started);
        started = performance.now();
        await hook.baselineToArrayPlusUnparse(people);
        baselineTimes.push(performance.now() - started);
      }
      return { exportTimes, baselineTimes, rows };
    },
    { runs: Math.max(runs, 5), people: PEOPLE },
  );
  console.error(`export-backup: exported ${exports.rows} people`);
  const exportMs = median(exports.exportTimes);
  const baselineMs = median(exports.baselineTimes);
  report('export.people.50k', exportMs);
  report('baseline.toArrayPlusUnparse.50k', baselineMs);
  report('export.people.50k.ratio', exportMs / baselineMs, 'x');

  const backups = await page.evaluate(async (runs) => {
    const hook = window.__hallwayExportBackup;
    const times = [];
    let length = 0;
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      length = (await hook.backup()).length;
      times.push(performance.now() - started);
    }
    return { times, length };
  }, runs);
  console.error(`export-backup: backup of ${(backups.length / 1e6).toFixed(1)} million characters`);
  report('backup.50k', median(backups.times));
}
