// How many live rows each exportable table holds, for the dialog's choices; counted from the
// deletedAt index (follow-ups, which are never trashed, from the table), never loading rows;
// relationships, made by hand and few, with no such index, by reading them.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE } from '../../../shared/domain/entities';
import { EXPORT_TABLES, type ExportTable } from '../../../shared/export/export-tables';
import { useDatabase } from '../../app/database-context';

export function useExportCounts(): Record<ExportTable, number> | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const counts = await Promise.all(
      EXPORT_TABLES.map((table) =>
        table === 'followUps'
          ? db.followUps.count()
          : table === 'relationships'
            ? db.relationships.filter((row) => row.deletedAt === LIVE).count()
            : db.table(table).where('deletedAt').equals(LIVE).count(),
      ),
    );
    return Object.fromEntries(
      EXPORT_TABLES.map((table, index) => [table, counts[index]!]),
    ) as Record<ExportTable, number>;
  }, [db]);
}
