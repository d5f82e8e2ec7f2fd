// Backup dates (with the time: there can be several a day) and file sizes in the UI language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const MEGABYTE = 1024 * 1024;

export function useBackupFormatters() {
  const { t, i18n } = useTranslation('backup');
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    return {
      formatDate: (at: number) => dateTime.format(at),
      formatSize: (bytes: number) =>
        bytes >= MEGABYTE
          ? t('size.megabytes', { value: decimal.format(bytes / MEGABYTE) })
          : t('size.kilobytes', { value: decimal.format(Math.max(0.1, bytes / 1024)) }),
    };
  }, [t, i18n.language]);
}
