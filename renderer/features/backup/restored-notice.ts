// The app reloads after a restore (restore-backup.ts says why), so the "restored" message is kept
// in sessionStorage across the reload and shown once by the freshly started app.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../../app/toasts/toast-store';
import { useFormatters } from '../../i18n/format';

const RESTORED_KEY = 'hallway.restored-people';

export function rememberRestored(people: number): void {
  sessionStorage.setItem(RESTORED_KEY, String(people));
}

export function useRestoredNotice(): void {
  const { t } = useTranslation('backup');
  const format = useFormatters();
  useEffect(() => {
    const people = sessionStorage.getItem(RESTORED_KEY);
    if (people === null) return;
    sessionStorage.removeItem(RESTORED_KEY);
    showToast({
      tone: 'success',
      message: t('restore.restored', { formattedCount: format.number(Number(people)) }),
    });
  }, [t, format]);
}
