// A sync stamp (docs/sync.md, "Rows"): `<ms base 36>.<counter>.<device tag>`, compared as the tuple
// (ms, counter, device). Every device orders two stamps the same way, and two devices do not make
// the same stamp (their tags differ), so "the higher stamp wins" picks one value everywhere.
export interface StampParts {
  ms: number;
  counter: number;
  deviceId: string;
}

/**
 * The device part of this device's stamps: the first 8 hex digits of its id. A stamp is in every
 * entry (and in `t` for each field written later), so 28 fewer characters is about a tenth of a
 * document (docs/sync.md, "Measurements"). Two devices with the same tag would only make equal
 * stamps meet in the merge, which then still orders them the same way everywhere (by value).
 */
export const deviceTagOf = (deviceId: string): string =>
  deviceId.replace(/[^0-9a-zA-Z]/g, '').slice(0, 8) || 'device';

const parsed = new Map<string, StampParts>();
const PARSED_KEPT = 100_000;

export function formatStamp({ ms, counter, deviceId }: StampParts): string {
  return `${ms.toString(36)}.${counter.toString(36)}.${deviceId}`;
}

/** The parts of a stamp; a malformed one reads as the lowest stamp (it never wins). */
export function parseStamp(stamp: string): StampParts {
  const known = parsed.get(stamp);
  if (known) return known;
  const first = stamp.indexOf('.');
  const second = stamp.indexOf('.', first + 1);
  const ms = parseInt(stamp.slice(0, first), 36);
  const counter = parseInt(stamp.slice(first + 1, second), 36);
  const parts =
    first > 0 && second > first && Number.isFinite(ms) && Number.isFinite(counter)
      ? { ms, counter, deviceId: stamp.slice(second + 1) }
      : { ms: -1, counter: -1, deviceId: '' };
  if (parsed.size >= PARSED_KEPT) parsed.clear();
  parsed.set(stamp, parts);
  return parts;
}

/** Negative when a is older than b, positive when newer, 0 when the same stamp. */
export function compareStamps(a: string, b: string): number {
  if (a === b) return 0;
  const x = parseStamp(a);
  const y = parseStamp(b);
  if (x.ms !== y.ms) return x.ms - y.ms;
  if (x.counter !== y.counter) return x.counter - y.counter;
  return x.deviceId < y.deviceId ? -1 : x.deviceId > y.deviceId ? 1 : 0;
}

export const maxStamp = (a: string, b: string): string => (compareStamps(a, b) >= 0 ? a : b);
