// The Insights screen's figures, kept live: read again when the data or the filters change.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { readInsights, type InsightsView } from './read-insights';
import { userZoneClock } from './user-zone-clock';

export function useInsights(months: number, series: string | null): InsightsView | undefined {
  const db = useDatabase();
  const [now] = useState(() => Date.now());
  return useLiveQuery(
    () => readInsights(db, userZoneClock(), { months, series, now }),
    [db, months, series, now],
  );
}
