// What the boot error screen can do for data the app could not open (boot-recovery.tsx): save
// every object store as it is stored to a file (db/dump-raw-database), or restore a backup over
// it (a file, or on the desktop one of the backups on disk), after a confirmation.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvalidBackupRowError } from '../../../shared/backup/find-invalid-backup-row';
import {
  backupRowCount,
  parseBackup,
  type ParsedBackup,
} from '../../../shared/backup/parse-backup';
import type { BackupInfo, Platform } from '../../../shared/platform/platform';
import { dumpRawDatabase } from '../../db/dump-raw-database';
import { useBackupFormatters } from './backup-formatters';
import { backupSchema } from './backup-schema';
import { rememberRestored } from './restored-notice';
import { describeInvalidRow, MAX_BACKUP_BYTES } from './restore-flow';
import { restoreOverUnopenable } from './restore-over-unopenable';

export interface BootRecoveryOptions {
  platform: Platform;
  databaseName: string;
  reload(): void;
}

export type RecoveryStatus = { tone: 'progress' | 'done' | 'error'; text: string } | null;

export interface PendingRestore {
  backup: ParsedBackup;
  source: string;
  people: number;
}

const rawFileName = (at: Date) =>
  `hallway-raw-data-${at.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;

export function useBootRecovery({ platform, databaseName, reload }: BootRecoveryOptions) {
  const { t } = useTranslation('backup');
  const { formatDate, formatSize } = useBackupFormatters();
  const [status, setStatus] = useState<RecoveryStatus>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [listed, setListed] = useState<BackupInfo[]>([]);
  const busy = status?.tone === 'progress';

  useEffect(() => {
    if (platform.kind !== 'desktop') return;
    let current = true;
    platform.listBackups().then(
      (backups) => current && setListed(backups.slice(0, 5)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [platform]);

  const fail = (text: string) => setStatus({ tone: 'error', text });

  const saveRaw = useCallback(async () => {
    setStatus({ tone: 'progress', text: t('bootRecovery.savingRaw') });
    try {
      const dump = await dumpRawDatabase(databaseName, Date.now());
      if (dump === null) {
        setStatus({ tone: 'done', text: t('bootRecovery.noData') });
        return;
      }
      const saved = await platform.saveFile({
        suggestedName: rawFileName(new Date()),
        data: JSON.stringify(dump),
        mimeType: 'application/json',
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      setStatus(
        saved.saved
          ? { tone: 'done', text: t('bootRecovery.rawSaved', { location: saved.location }) }
          : { tone: 'done', text: t('bootRecovery.rawCancelled') },
      );
    } catch (error) {
      fail(t('bootRecovery.rawFailed', { message: (error as Error).message }));
    }
  }, [databaseName, platform, t]);

  const check = useCallback(
    (text: string, source: string) => {
      const result = parseBackup(text, backupSchema());
      if (!result.ok) {
        fail(
          t(`problems.${result.problem}`, {
            version: result.detail ?? '',
            current: backupSchema().currentVersion,
          }),
        );
        return;
      }
      setStatus(null);
      setPending({
        backup: result.backup,
        source,
        people: backupRowCount(result.backup, 'people'),
      });
    },
    [t],
  );

  const restoreFromFile = useCallback(async () => {
    try {
      const file = await platform.openFile({
        filters: [{ name: t('restore.fileType'), extensions: ['json'] }],
        maxBytes: MAX_BACKUP_BYTES,
      });
      if (file.opened) {
        check(new TextDecoder().decode(file.bytes), t('restore.fromFile', { name: file.name }));
      } else if (file.reason === 'too-large') {
        fail(
          t('restore.tooLarge', { size: formatSize(file.size), max: formatSize(file.maxBytes) }),
        );
      }
    } catch (error) {
      fail(t('restore.readFailed', { message: (error as Error).message }));
    }
  }, [check, formatSize, platform, t]);

  const restoreListed = useCallback(
    async (info: BackupInfo) => {
      try {
        const text = await platform.readBackup(info.fileName);
        check(text, t('restore.fromAutomatic', { date: formatDate(info.createdAt) }));
      } catch (error) {
        fail(t('restore.readFailed', { message: (error as Error).message }));
      }
    },
    [check, formatDate, platform, t],
  );

  const confirm = useCallback(async () => {
    if (!pending) return;
    setPending(null);
    setStatus({ tone: 'progress', text: t('bootRecovery.restoring') });
    try {
      await restoreOverUnopenable(databaseName, pending.backup);
    } catch (error) {
      fail(
        error instanceof InvalidBackupRowError
          ? describeInvalidRow(error, t)
          : t('restore.failed', { message: (error as Error).message }),
      );
      return;
    }
    rememberRestored(pending.people);
    reload();
  }, [databaseName, pending, reload, t]);

  return {
    status,
    busy,
    pending,
    listed,
    saveRaw,
    restoreFromFile,
    restoreListed,
    confirm,
    cancel: () => setPending(null),
    formatDate,
  };
}
