// The restore flow (restore-flow.ts) bound to the app's database, platform and language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { useBackupFormatters } from './backup-formatters';
import { createRestoreFlow, type RestoreFlow } from './restore-flow';

export function useRestoreFlow(): RestoreFlow {
  const db = useDatabase();
  const platform = usePlatform();
  const { t } = useTranslation('backup');
  const { formatDate, formatSize } = useBackupFormatters();
  return useMemo(
    () =>
      createRestoreFlow({
        db,
        platform,
        t,
        formatDate,
        formatSize,
        reload: () => window.location.reload(),
      }),
    [db, platform, t, formatDate, formatSize],
  );
}
