// The backups on disk (desktop), read again after each backup written.
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/platform/platform';
import { usePlatform } from '../../app/platform-context';
import { useBackupStore } from './backup-store';

export type BackupListState =
  | { status: 'loading' }
  | { status: 'loaded'; backups: BackupInfo[] }
  | { status: 'failed'; message: string };

export function useBackupList(): BackupListState {
  const platform = usePlatform();
  const backupsWritten = useBackupStore((state) => state.backupsWritten);
  const [state, setState] = useState<BackupListState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    platform.listBackups().then(
      (backups) => current && setState({ status: 'loaded', backups }),
      (error: unknown) =>
        current && setState({ status: 'failed', message: (error as Error).message }),
    );
    return () => {
      current = false;
    };
  }, [platform, backupsWritten]);

  return state;
}
