// The network snapshot, rebuilt when the data changes (the change feed's newest entry moves on);
// the previous one stays shown while the next is built. The builder is imported on first use.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import type { NetworkSnapshot } from './network-snapshot';

export type SnapshotState =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; snapshot: NetworkSnapshot };

export function useNetworkSnapshot(): SnapshotState {
  const db = useDatabase();
  const seq = useLiveQuery(
    async () => ((await db.changes.toCollection().lastKey()) as number | undefined) ?? 0,
    [db],
  );
  const [state, setState] = useState<SnapshotState>({ status: 'loading' });

  useEffect(() => {
    if (seq === undefined) return;
    let current = true;
    import('./network-snapshot')
      .then(({ loadNetworkSnapshot }) => loadNetworkSnapshot(db, seq))
      .then(
        (snapshot) => current && setState({ status: 'ready', snapshot }),
        () => current && setState({ status: 'failed' }),
      );
    return () => {
      current = false;
    };
  }, [db, seq]);

  return state;
}
