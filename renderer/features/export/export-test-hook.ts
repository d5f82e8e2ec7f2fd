// For benchmarks only: when the app was started for tests (its test hook window.__hallway is
// present), window.__hallwayExportBackup runs the export and backup code the UI runs, without the
// dialogs and the file saving, plus the raw baseline the export is measured against (Dexie toArray
// + papaparse unparse of the same people). The restore is benchmarked through
// window.__hallway.writeTools(), with the other bulk writes. Its code loads when called, so that
// a first start does not load the export's.
import { useEffect } from 'react';
import { useDatabase } from '../../app/database-context';

export interface HallwayExportBackupTestHook {
  /** Every live person as Excel-safe CSV; returns the row count and the text's length. */
  exportPeopleCsv(): Promise<{ rows: number; length: number }>;
  /** The baseline: `people` rows read with toArray and written with papaparse's unparse. */
  baselineToArrayPlusUnparse(people: number): Promise<{ rows: number; length: number }>;
  /** A full backup of the app's database; returns the JSON's length. */
  backup(): Promise<{ length: number }>;
}

declare global {
  interface Window {
    __hallwayExportBackup?: HallwayExportBackupTestHook;
  }
}

export function useExportTestHook(): void {
  const db = useDatabase();
  useEffect(() => {
    if (!window.__hallway) return;
    window.__hallwayExportBackup = {
      exportPeopleCsv: async () => {
        const { buildExportFile } = await import('./build-export-file');
        const file = await buildExportFile(db, { table: 'people', format: 'csv', excelSafe: true });
        return { rows: file.rows, length: file.data.length };
      },
      baselineToArrayPlusUnparse: async (people) => {
        const { default: Papa } = await import('papaparse');
        const rows = await db.people.limit(people).toArray();
        return { rows: rows.length, length: Papa.unparse(rows).length };
      },
      backup: async () => {
        const { createBackupJson } = await import('../backup/create-backup');
        return { length: (await createBackupJson(db)).length };
      },
    };
  }, [db]);
}
