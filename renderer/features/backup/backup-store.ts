// Where backing up and restoring stand: UI state shared by the Settings section, the palette and
// menu commands, the automatic backups and the restore dialogs mounted in the layout.
import { create } from 'zustand';
import type { ParsedBackup } from '../../../shared/backup/parse-backup';

type CountedTable = 'people' | 'events' | 'interactions';

/** Rows outside the trash per table, and how many more are in the trash. */
export interface RowCounts extends Record<CountedTable, number> {
  trashed: Record<CountedTable, number>;
}

export type RestorePhase =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | {
      phase: 'confirming';
      backup: ParsedBackup;
      source: string;
      current: RowCounts;
      incoming: RowCounts;
    }
  | { phase: 'saving-current' }
  | { phase: 'restoring'; done: number; total: number };

interface BackupState {
  /** A backup in progress (rows done of total), or null. */
  backingUp: { done: number; total: number } | null;
  restore: RestorePhase;
  /** Bumped after each backup written, so the list of backups reads the folder again. */
  backupsWritten: number;
}

export const useBackupStore = create<BackupState>(() => ({
  backingUp: null,
  restore: { phase: 'idle' },
  backupsWritten: 0,
}));

export function noteBackupWritten(): void {
  useBackupStore.setState((state) => ({ backupsWritten: state.backupsWritten + 1 }));
}

/** Leaves the restore's confirmation (nothing is written yet); a later phase is not cancelled. */
export function cancelRestoreConfirmation(): void {
  const { restore } = useBackupStore.getState();
  if (restore.phase === 'confirming') useBackupStore.setState({ restore: { phase: 'idle' } });
}
