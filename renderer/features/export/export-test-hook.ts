// For benchmarks only: when the app was started for tests (its test hook window.__hallway is
// present), window.__hallwayExportBackup runs the export, backup and restore code the UI runs,
// without the dialogs and the file saving, plus the raw baseline the export is measured against
// (Dexie toArray + papaparse unparse of the same people).
import { useEffect } from 'react';
import { parseBackup } from '../../../shared/backup/parse-backup';
import { useDatabase } from '../../app/database-context';
import { HallwayDatabase } from '../../db/database';
import { backupSchema } from '../backup/backup-schema';
import { createBackupJson } from '../backup/create-backup';
import { restoreBackup } from '../backup/restore-backup';
import { buildExportFile } from './build-export-file';

export interface HallwayExportBackupTestHook {
  /** Every live person as Excel-safe CSV; returns the row count and the text's length. */
  exportPeopleCsv(): Promise<{ rows: number; length: number }>;
  /** The baseline: `people` rows read with toArray and written with papaparse's unparse. */
  baselineToArrayPlusUnparse(people: number): Promise<{ rows: number; length: number }>;
  /** A full backup, kept in the page for restoreInto; returns the JSON's length. */
  backup(): Promise<{ length: number }>;
  /** Restores the last backup into the database `name` (created for it, deleted afterwards). */
  restoreInto(name: string): Promise<{ people: number }>;
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
    let lastBackup = '';
    window.__hallwayExportBackup = {
      exportPeopleCsv: async () => {
        const file = await buildExportFile(db, { table: 'people', format: 'csv', excelSafe: true });
        return { rows: file.rows, length: file.data.length };
      },
      baselineToArrayPlusUnparse: async (people) => {
        const { default: Papa } = await import('papaparse');
        const rows = await db.people.limit(people).toArray();
        return { rows: rows.length, length: Papa.unparse(rows).length };
      },
      backup: async () => {
        lastBackup = await createBackupJson(db);
        return { length: lastBackup.length };
      },
      restoreInto: async (name) => {
        const parsed = parseBackup(lastBackup, backupSchema());
        if (!parsed.ok) throw new Error(`no backup to restore: ${parsed.problem}`);
        const target = new HallwayDatabase(name);
        try {
          await target.open();
          await restoreBackup(target, parsed.backup);
          return { people: await target.people.count() };
        } finally {
          await target.delete();
        }
      },
    };
  }, [db]);
}
