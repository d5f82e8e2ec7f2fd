// The whole pure import pipeline for one file: bytes → text (encoding detected or chosen) → format
// (from content) → person records. A generic CSV stops at its table and a suggested mapping, for
// the user to confirm before mapGenericRows runs. Every failure is a value the UI can word.
import { decodeText, type TextEncodingName } from './decode-text';
import { detectCsvFormat, looksLikeVCard, type ImportFormat } from './detect-format';
import { mapConnpassRows } from './formats/connpass';
import { suggestColumnMapping, type ColumnMapping } from './formats/generic-csv';
import { mapGoogleContactsRows } from './formats/google-contacts';
import { mapHallwayRows } from './formats/hallway';
import { mapLinkedInRows } from './formats/linkedin';
import { mapOutlookRows } from './formats/outlook';
import { mapLumaRows } from './formats/luma';
import { mapMeetupRows } from './formats/meetup';
import { parseVCards } from './formats/vcard';
import type { MapResult } from './import-record';
import { readCsv, type CsvFailure, type CsvRow, type CsvTable } from './read-csv';

export type ImportFileFailure = { ok: false; error: 'empty' | 'binary' } | CsvFailure;

interface Decoded {
  encoding: TextEncodingName;
  confidence: number;
}

export type ImportFileResult =
  | ImportFileFailure
  | (Decoded & { ok: true; format: Exclude<ImportFormat, 'generic-csv'>; result: MapResult })
  | (Decoded & { ok: true; format: 'generic-csv'; table: CsvTable; mapping: ColumnMapping });

/** The mapper of each CSV format Hallway recognises. */
export const CSV_MAPPERS: Record<
  Exclude<ImportFormat, 'vcard' | 'generic-csv'>,
  (rows: CsvRow[]) => MapResult
> = {
  hallway: mapHallwayRows,
  linkedin: mapLinkedInRows,
  'google-contacts': mapGoogleContactsRows,
  outlook: mapOutlookRows,
  meetup: mapMeetupRows,
  luma: mapLumaRows,
  connpass: mapConnpassRows,
};

export function readImportFile(bytes: Uint8Array, encoding?: TextEncodingName): ImportFileResult {
  const decoded = decodeText(bytes, encoding);
  if (!decoded.ok) return decoded;
  const meta = { encoding: decoded.encoding, confidence: decoded.confidence };
  if (looksLikeVCard(decoded.text)) {
    return { ok: true, format: 'vcard', result: parseVCards(decoded.text), ...meta };
  }
  const table = readCsv(decoded.text);
  if (!table.ok) return table;
  const format = detectCsvFormat(table.headers);
  if (format === 'generic-csv') {
    return {
      ok: true,
      format: 'generic-csv',
      table,
      mapping: suggestColumnMapping(table.headers),
      ...meta,
    };
  }
  return { ok: true, format, result: CSV_MAPPERS[format](table.rows), ...meta };
}
