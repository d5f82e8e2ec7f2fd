// One export, from the request to the file to save: read the rows (read-export-rows.ts; with the
// people's names for relationships), write them as CSV (Excel-safe or plain) or, for people, as
// vCard 4.0, and name the file after the table and the day.
import { format } from 'date-fns';
import type { Person, Relationship } from '../../../shared/domain/entities';
import { EXPORT_TABLE_DEFINITIONS, type ExportTable } from '../../../shared/export/export-tables';
import { toCsv } from '../../../shared/export/to-csv';
import { toVCard } from '../../../shared/export/to-vcard';
import type { HallwayDatabase } from '../../db/database';
import { readLiveRows, readPeopleByIds, type ReadOptions } from './read-export-rows';
import { withPeopleNames } from './with-people-names';

export type ExportFormat = 'csv' | 'vcard';

export interface ExportRequest {
  table: ExportTable;
  format: ExportFormat;
  excelSafe: boolean;
  /** People only: just these, in this order (the list as filtered); all live people without. */
  personIds?: readonly string[];
}

export interface ExportFile {
  suggestedName: string;
  data: string;
  mimeType: string;
  extension: 'csv' | 'vcf';
  rows: number;
}

export async function buildExportFile(
  db: HallwayDatabase,
  request: ExportRequest,
  options: ReadOptions & { now?: number } = {},
): Promise<ExportFile> {
  const read =
    request.table === 'people' && request.personIds
      ? await readPeopleByIds(db, request.personIds, options)
      : await readLiveRows(db, request.table, options);
  const rows =
    request.table === 'relationships' ? await withPeopleNames(db, read as Relationship[]) : read;
  options.signal?.throwIfAborted();
  const { fileName, columns } = EXPORT_TABLE_DEFINITIONS[request.table];
  const day = format(options.now ?? Date.now(), 'yyyy-MM-dd');
  if (request.format === 'vcard' && request.table === 'people') {
    return {
      suggestedName: `${fileName}-${day}.vcf`,
      data: toVCard(rows as Person[]),
      mimeType: 'text/vcard;charset=utf-8',
      extension: 'vcf',
      rows: rows.length,
    };
  }
  return {
    suggestedName: `${fileName}-${day}.csv`,
    data: toCsv(rows as never[], columns, { excelSafe: request.excelSafe }),
    mimeType: 'text/csv;charset=utf-8',
    extension: 'csv',
    rows: rows.length,
  };
}
