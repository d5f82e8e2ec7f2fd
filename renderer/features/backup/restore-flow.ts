// The steps of a restore, from a file or (desktop) from an automatic backup:
// read → check (parseBackup: any problem is named, nothing written) → into an empty database at
// once, otherwise a confirmation that says what will be replaced → a backup of the current data
// (a restore never destroys data without a way back) → the restore → reload.
import type { TFunction } from 'i18next';
import { InvalidBackupRowError } from '../../../shared/backup/find-invalid-backup-row';
import type { BackupInfo, Platform } from '../../../shared/platform/platform';
import { parseBackup, type ParsedBackup } from '../../../shared/backup/parse-backup';
import { showToast } from '../../app/toasts/toast-store';
import type { HallwayDatabase } from '../../db/database';
import { numbersAbove } from '../../db/number-ranges';
import { backupSchema } from './backup-schema';
import { cancelRestoreConfirmation, useBackupStore, type RowCounts } from './backup-store';
import { saveBackup } from './create-backup';
import { DATA_TABLES } from './data-tables';
import { rememberRestored } from './restored-notice';
import { restoreBackup } from './restore-backup';

/** Larger files cannot be a backup this app can hold in memory as one string. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export interface RestoreFlowDeps {
  db: HallwayDatabase;
  platform: Platform;
  t: TFunction<'backup'>;
  formatDate(at: number): string;
  formatSize(bytes: number): string;
  reload(): void;
}

const setPhase = (restore: ReturnType<typeof useBackupStore.getState>['restore']) =>
  useBackupStore.setState({ restore });

const isIdle = () => useBackupStore.getState().restore.phase === 'idle';

const COUNTED = ['people', 'events', 'interactions'] as const;
type AllAndTrashed = readonly [all: number, trashed: number];

function countsOf(tables: readonly AllAndTrashed[]): RowCounts {
  const [people, events, interactions] = tables;
  return {
    people: people[0] - people[1],
    events: events[0] - events[1],
    interactions: interactions[0] - interactions[1],
    trashed: { people: people[1], events: events[1], interactions: interactions[1] },
  };
}

/** The live rows of each counted table and, apart, the trashed ones (People shows only the first). */
async function currentCounts(db: HallwayDatabase): Promise<RowCounts> {
  return countsOf(
    await Promise.all(
      COUNTED.map(async (name): Promise<AllAndTrashed> => {
        const table = db.table(name);
        return [await table.count(), await numbersAbove(table.where('deletedAt'), 0).count()];
      }),
    ),
  );
}

const isTrashedRow = (row: unknown) => {
  const deletedAt = (row as { deletedAt?: unknown } | null)?.deletedAt;
  return typeof deletedAt === 'number' && deletedAt > 0;
};

function backupCounts(backup: ParsedBackup): RowCounts {
  return countsOf(
    COUNTED.map((name): AllAndTrashed => {
      const rows = backup.tables.find((table) => table.name === name)?.rows ?? [];
      return [rows.length, rows.filter(isTrashedRow).length];
    }),
  );
}

async function isEmpty(db: HallwayDatabase): Promise<boolean> {
  const counts = await Promise.all(DATA_TABLES.map((table) => db.table(table).count()));
  return counts.every((count) => count === 0);
}

/** Which row of which table broke the model's schemas, and why, in the user's language. */
export function describeInvalidRow(
  { invalid }: InvalidBackupRowError,
  t: TFunction<'backup'>,
): string {
  const where = { row: invalid.row, table: t(`tables.${invalid.table}`), reason: invalid.reason };
  return invalid.key === null
    ? t('restore.invalidRow', where)
    : t('restore.invalidRowWithKey', { ...where, key: invalid.key });
}

export function createRestoreFlow(deps: RestoreFlowDeps) {
  const { db, platform, t } = deps;

  const fail = (message: string) => {
    setPhase({ phase: 'idle' });
    showToast({ tone: 'error', message });
  };

  const run = async (backup: ParsedBackup) => {
    const total = backup.tables.reduce((sum, table) => sum + table.rows.length, 0);
    setPhase({ phase: 'restoring', done: 0, total });
    try {
      await restoreBackup(db, backup, {
        onProgress: (done, all) => setPhase({ phase: 'restoring', done, total: all }),
      });
    } catch (error) {
      fail(
        error instanceof InvalidBackupRowError
          ? describeInvalidRow(error, t)
          : t('restore.failed', { message: (error as Error).message }),
      );
      return;
    }
    rememberRestored(backupCounts(backup).people);
    deps.reload();
  };

  const check = async (text: string, source: string) => {
    const result = parseBackup(text, backupSchema());
    if (!result.ok) {
      const schema = backupSchema();
      fail(
        t(`problems.${result.problem}`, {
          version: result.detail ?? '',
          current: schema.currentVersion,
        }),
      );
      return;
    }
    const { backup } = result;
    if (await isEmpty(db)) {
      await run(backup);
      return;
    }
    setPhase({
      phase: 'confirming',
      backup,
      source,
      current: await currentCounts(db),
      incoming: backupCounts(backup),
    });
  };

  return {
    async fromFile() {
      if (!isIdle()) return;
      setPhase({ phase: 'reading' });
      try {
        const file = await platform.openFile({
          filters: [{ name: t('restore.fileType'), extensions: ['json'] }],
          maxBytes: MAX_BACKUP_BYTES,
        });
        if (file.opened) {
          await check(
            new TextDecoder().decode(file.bytes),
            t('restore.fromFile', { name: file.name }),
          );
        } else if (file.reason === 'too-large') {
          fail(
            t('restore.tooLarge', {
              size: deps.formatSize(file.size),
              max: deps.formatSize(file.maxBytes),
            }),
          );
        } else {
          setPhase({ phase: 'idle' });
        }
      } catch (error) {
        fail(t('restore.readFailed', { message: (error as Error).message }));
      }
    },

    async fromAutomatic(info: BackupInfo) {
      if (!isIdle()) return;
      setPhase({ phase: 'reading' });
      try {
        const text = await platform.readBackup(info.fileName);
        await check(text, t('restore.fromAutomatic', { date: deps.formatDate(info.createdAt) }));
      } catch (error) {
        fail(t('restore.readFailed', { message: (error as Error).message }));
      }
    },

    async confirm() {
      const state = useBackupStore.getState().restore;
      if (state.phase !== 'confirming') return;
      setPhase({ phase: 'saving-current' });
      try {
        const saved = await saveBackup(db, platform, 'before-restore');
        if (!saved.saved) {
          fail(t('restore.safetyNotSaved'));
          return;
        }
      } catch (error) {
        fail(t('failed', { message: (error as Error).message }));
        return;
      }
      await run(state.backup);
    },

    cancel: cancelRestoreConfirmation,
  };
}

export type RestoreFlow = ReturnType<typeof createRestoreFlow>;
