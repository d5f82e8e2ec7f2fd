// Bytes of an imported file → text, without asking the user which encoding it is in.
// Order of evidence: a byte-order mark wins (UTF-8, UTF-16 LE/BE); then bytes that look binary
// (a NUL, or many control characters: an image renamed .csv) are refused; then strictly valid
// UTF-8; else Shift_JIS, which is what Japanese Excel saves. UTF-16 without a BOM is not guessed:
// its NUL bytes make it look binary, and the user can pick the encoding (`override`).
// Decoding goes through encoding-japanese rather than TextDecoder, because shared/ has no DOM
// lib and encoding-japanese is pure JavaScript that runs the same in Node, workers and pages.
import Encoding from 'encoding-japanese';

export const TEXT_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'shift_jis'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  ok: true;
  text: string;
  encoding: TextEncodingName;
  /** 1 when a BOM or the user said so; lower when the encoding was inferred from the bytes. */
  confidence: number;
}

export interface DecodeFailure {
  ok: false;
  error: 'empty' | 'binary';
}

export type DecodeResult = DecodedText | DecodeFailure;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** How much of the start of the file is inspected for binary content. */
const BINARY_SNIFF_BYTES = 8192;
/** Above this share of control characters (other than tab, LF, CR, FF) the file is binary. */
const MAX_CONTROL_RATIO = 0.1;
/** Confidence in a guessed Shift_JIS decoding: the bytes are valid Shift_JIS, or they are not. */
export const VALID_SHIFT_JIS_CONFIDENCE = 0.8;
const INVALID_SHIFT_JIS_CONFIDENCE = 0.2;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

function bomLength(bytes: Uint8Array, encoding: TextEncodingName): number {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    return startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  }
  if (encoding === 'utf-16le') return startsWith(bytes, UTF16LE_BOM) ? 2 : 0;
  if (encoding === 'utf-16be') return startsWith(bytes, UTF16BE_BOM) ? 2 : 0;
  return 0;
}

function encodingFromBom(bytes: Uint8Array): TextEncodingName | null {
  if (startsWith(bytes, UTF8_BOM)) return 'utf-8-bom';
  if (startsWith(bytes, UTF16LE_BOM)) return 'utf-16le';
  if (startsWith(bytes, UTF16BE_BOM)) return 'utf-16be';
  return null;
}

export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (let index = 0; index < end; index++) {
    const byte = bytes[index]!;
    if (byte === 0) return true;
    const isControl =
      byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c;
    if (isControl || byte === 0x7f) controls++;
  }
  return end > 0 && controls / end > MAX_CONTROL_RATIO;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: number[] = [];
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    const low = littleEndian ? bytes[index]! : bytes[index + 1]!;
    const high = littleEndian ? bytes[index + 1]! : bytes[index]!;
    units.push((high << 8) | low);
  }
  return Encoding.codeToString(units);
}

function decodeWith(bytes: Uint8Array, encoding: TextEncodingName): string {
  const body = bytes.subarray(bomLength(bytes, encoding));
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return Encoding.convert(body, { to: 'UNICODE', from: 'UTF8', type: 'string' });
    case 'utf-16le':
      return decodeUtf16(body, true);
    case 'utf-16be':
      return decodeUtf16(body, false);
    case 'shift_jis':
      return Encoding.convert(body, { to: 'UNICODE', from: 'SJIS', type: 'string' });
  }
}

export type EncodingGuess = Omit<DecodedText, 'text'> | DecodeFailure;

/** Drops a UTF-8 sequence cut off at the end of a sample, so that the sample stays valid. */
function withoutCutSequence(sample: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= sample.length; back++) {
    const byte = sample[sample.length - back]!;
    if (byte < 0x80) return sample;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? sample.subarray(0, sample.length - back) : sample;
    }
  }
  return sample;
}

/**
 * The encoding of a file from its bytes, or from its first bytes only (`partial`: the sample may
 * end inside a character). See the header for the order of evidence.
 */
export function detectEncoding(
  bytes: Uint8Array,
  override?: TextEncodingName,
  options: { partial?: boolean } = {},
): EncodingGuess {
  const fromBom = encodingFromBom(bytes);
  const encoding = override ?? fromBom;
  if (encoding !== null) {
    if (bytes.length === bomLength(bytes, encoding)) return { ok: false, error: 'empty' };
    return { ok: true, encoding, confidence: 1 };
  }
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (looksBinary(bytes)) return { ok: false, error: 'binary' };
  const sample = options.partial ? withoutCutSequence(bytes) : bytes;
  if (Encoding.detect(sample, 'UTF8') === 'UTF8') {
    const asciiOnly = sample.every((byte) => byte < 0x80);
    return { ok: true, encoding: 'utf-8', confidence: asciiOnly ? 1 : 0.95 };
  }
  // Neither UTF-8 nor (when invalid) Shift_JIS: the text is likely garbage, which the low
  // confidence tells the UI so that it can ask the user for the encoding.
  const validShiftJis = Encoding.detect(sample, 'SJIS') === 'SJIS';
  return {
    ok: true,
    encoding: 'shift_jis',
    confidence: validShiftJis ? VALID_SHIFT_JIS_CONFIDENCE : INVALID_SHIFT_JIS_CONFIDENCE,
  };
}

/**
 * Decodes an imported file. `override` is the user's choice of encoding, when the guess was wrong;
 * it is trusted (confidence 1) and only a BOM of that same encoding is skipped.
 */
export function decodeText(bytes: Uint8Array, override?: TextEncodingName): DecodeResult {
  const guess = detectEncoding(bytes, override);
  if (!guess.ok) return guess;
  return { ...guess, text: decodeWith(bytes, guess.encoding) };
}
