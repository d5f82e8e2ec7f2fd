// An import file read as it streams, in the import worker: the first 64 KB choose the encoding
// (shared/import/decode-text), then the file is decoded chunk by chunk (TextDecoder with
// `stream: true`) and its CSV rows are parsed and mapped as they complete (CsvRowStream), so the
// worker never holds the file's bytes, its whole text and its rows at once: only the mapped
// records grow. A vCard file is the exception: cards are small, so its text is gathered whole.
// UTF-8 guessed from a sample can turn out wrong further on (Shift_JIS text after 64 KB of ASCII):
// the strict decoder then fails and the file is read again as Shift_JIS.
// Files over MAX_IMPORT_BYTES (import-limits) are refused before reading.
import {
  detectEncoding,
  VALID_SHIFT_JIS_CONFIDENCE,
  type TextEncodingName,
} from '../../../shared/import/decode-text';
import { CsvRowStream } from '../../../shared/import/csv-row-stream';
import { looksLikeVCard, type ImportFormat } from '../../../shared/import/detect-format';
import { parseVCards } from '../../../shared/import/formats/vcard';
import type {
  ImportFailure,
  ImportNeedsMapping,
  ImportProgress,
} from '../../../shared/import/import-preview';
import type { MapResult } from '../../../shared/import/import-record';
import type { CsvFailure, CsvRow } from '../../../shared/import/read-csv';
import type { ColumnMapping } from '../../../shared/import/formats/generic-csv';
import { CsvRecordMapper } from './csv-record-mapper';
import { MAX_IMPORT_BYTES } from './import-limits';

const SAMPLE_BYTES = 64 * 1024;
/** Below this confidence the decoded text is taken for garbage, unless the user chose it. */
const MIN_CONFIDENCE = 0.5;
/** Enough text to recognise a vCard by its first line. */
const VCARD_SNIFF_CHARS = 1024;

export interface ReadOptions {
  encoding?: TextEncodingName;
  mapping?: ColumnMapping;
}

export interface ImportRecords {
  kind: 'records';
  format: ImportFormat;
  encoding: TextEncodingName;
  confidence: number;
  result: MapResult;
}

export type ReadImportResult = ImportRecords | ImportNeedsMapping | ImportFailure;

type OnProgress = (progress: ImportProgress) => void;

const DECODER_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  shift_jis: 'shift_jis',
};

class WrongGuess extends Error {}

interface Decoding {
  encoding: TextEncodingName;
  confidence: number;
  /** Fail on bytes that are not valid in the encoding (a guess to check), rather than replace. */
  strict: boolean;
}

function failure(reason: ImportFailure['reason'], line?: number): ImportFailure {
  return line === undefined ? { kind: 'failure', reason } : { kind: 'failure', reason, line };
}

function csvFailure(csv: CsvFailure): ImportFailure {
  return 'column' in csv
    ? { kind: 'failure', reason: csv.error, line: csv.line, column: csv.column }
    : failure(csv.error, csv.line);
}

async function* decodedChunks(
  source: Blob,
  decoding: Decoding,
  onProgress: OnProgress,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(DECODER_LABELS[decoding.encoding], { fatal: decoding.strict });
  const reader = source.stream().getReader();
  let done = 0;
  let reported = 0;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      done += chunk.value.byteLength;
      if (done - reported >= source.size / 100) {
        onProgress({ phase: 'reading', done, total: source.size });
        reported = done;
      }
      yield decode(decoder, chunk.value, decoding);
    }
    yield decode(decoder, undefined, decoding);
    if (reported < done) onProgress({ phase: 'reading', done, total: source.size });
  } finally {
    await reader.cancel();
  }
}

function decode(decoder: TextDecoder, bytes: Uint8Array | undefined, decoding: Decoding): string {
  try {
    return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
  } catch (error) {
    if (decoding.strict) throw new WrongGuess();
    throw error;
  }
}

async function readDecoded(
  source: Blob,
  decoding: Decoding,
  options: ReadOptions,
  onProgress: OnProgress,
): Promise<ReadImportResult> {
  const meta = { encoding: decoding.encoding, confidence: decoding.confidence };
  const chunks = decodedChunks(source, decoding, onProgress);
  const nextChunk = async () => {
    const next = await chunks.next();
    return next.done ? null : next.value;
  };
  let head = '';
  for (let chunk = await nextChunk(); chunk !== null; chunk = await nextChunk()) {
    head += chunk;
    if (head.length >= VCARD_SNIFF_CHARS) break;
  }
  if (looksLikeVCard(head)) {
    for (let chunk = await nextChunk(); chunk !== null; chunk = await nextChunk()) head += chunk;
    const result = parseVCards(head);
    if (result.records.length === 0 && result.rejected.length === 0) return failure('no-rows');
    return { kind: 'records', format: 'vcard', result, ...meta };
  }
  const csv = new CsvRowStream();
  const mapper = new CsvRecordMapper(options.mapping);
  // The header is known only once the rows are parsed: read it after each push.
  const take = (rows: CsvRow[]) => mapper.add(csv.header, rows);
  take(csv.push(head));
  head = '';
  for (let chunk = await nextChunk(); chunk !== null; chunk = await nextChunk()) {
    take(csv.push(chunk));
    if (mapper.hasEnoughSample || csv.failure) break;
  }
  // Enough rows for the mapping step, or a file already refused: the rest is never read.
  if (mapper.hasEnoughSample || csv.failure) await chunks.return(undefined);
  else take(csv.end());
  if (csv.failure) return csvFailure(csv.failure);
  const outcome = mapper.finish(csv.header!);
  return outcome.kind === 'needs-mapping'
    ? { ...outcome, ...meta }
    : { kind: 'records', format: outcome.format, result: outcome.result, ...meta };
}

/** Reads, decodes and maps an import file; failures and the mapping step are values. */
export async function readImportSource(
  source: Blob,
  options: ReadOptions,
  onProgress: OnProgress,
): Promise<ReadImportResult> {
  if (source.size > MAX_IMPORT_BYTES) return failure('too-large');
  const sample = new Uint8Array(await source.slice(0, SAMPLE_BYTES).arrayBuffer());
  const guess = detectEncoding(sample, options.encoding, { partial: source.size > SAMPLE_BYTES });
  if (!guess.ok) return failure(guess.error);
  if (guess.confidence < MIN_CONFIDENCE) return failure('undecodable');
  const guessed = options.encoding === undefined && guess.encoding === 'utf-8';
  try {
    return await readDecoded(source, { ...guess, strict: guessed }, options, onProgress);
  } catch (error) {
    if (!(error instanceof WrongGuess)) throw error;
    return readDecoded(
      source,
      { encoding: 'shift_jis', confidence: VALID_SHIFT_JIS_CONFIDENCE, strict: false },
      options,
      onProgress,
    );
  }
}
