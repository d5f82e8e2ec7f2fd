// The restore flow (restore-flow.ts) bound to the app's database, platform and language. The
// palette's restore command and the restore dialogs live in the layout, so the flow's code (the
// backup's schemas, the restore's writes) loads when a restore starts, not at start (issue 15).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { useBackupFormatters } from './backup-formatters';
import { cancelRestoreConfirmation } from './backup-store';
import type { RestoreFlow } from './restore-flow';

export function useRestoreFlow(): RestoreFlow {
  const db = useDatabase();
  const platform = usePlatform();
  const { t } = useTranslation('backup');
  const { formatDate, formatSize } = useBackupFormatters();
  return useMemo(() => {
    const flow = async () =>
      (await import('./restore-flow')).createRestoreFlow({
        db,
        platform,
        t,
        formatDate,
        formatSize,
        reload: () => window.location.reload(),
      });
    return {
      fromFile: async () => (await flow()).fromFile(),
      fromAutomatic: async (info) => (await flow()).fromAutomatic(info),
      confirm: async () => (await flow()).confirm(),
      cancel: cancelRestoreConfirmation,
    };
  }, [db, platform, t, formatDate, formatSize]);
}
