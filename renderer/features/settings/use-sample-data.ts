// Loading the sample data set: asks first when the database already holds people, writes it in
// one write (seedDatabase), reports progress, and says when it is done. The generator is
// imported on demand so it never weighs on start-up.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { useFormatters } from '../../i18n/format';
import { useSampleDataStore } from './sample-data-store';

/** A modest, fixed data set: quick to load, the same for everyone. */
export const SAMPLE_DATA_OPTIONS = { seed: 20_240_601, people: 500 } as const;

export function useSampleData() {
  const db = useDatabase();
  const { t } = useTranslation();
  const format = useFormatters();

  const load = useCallback(async () => {
    useSampleDataStore.setState({ phase: 'loading', done: 0, total: 0 });
    try {
      const { seedDatabase } = await import('../../data/writes/sample-data-writes');
      const result = await seedDatabase(db, {
        ...SAMPLE_DATA_OPTIONS,
        onProgress: (done, total) => useSampleDataStore.setState({ phase: 'loading', done, total }),
      });
      showToast({
        tone: 'success',
        message: t('sampleData.loaded', { formattedCount: format.number(result.people) }),
      });
    } catch (error) {
      showToast({
        tone: 'error',
        message: t('sampleData.failed', { message: (error as Error).message }),
      });
    } finally {
      useSampleDataStore.setState({ phase: 'idle' });
    }
  }, [db, t, format]);

  const request = useCallback(async () => {
    if (useSampleDataStore.getState().phase !== 'idle') return;
    const existingPeople = await db.people.where('deletedAt').equals(0).count();
    if (existingPeople > 0) useSampleDataStore.setState({ phase: 'confirming', existingPeople });
    else await load();
  }, [db, load]);

  const cancel = useCallback(() => useSampleDataStore.setState({ phase: 'idle' }), []);

  return { request, confirm: load, cancel };
}
