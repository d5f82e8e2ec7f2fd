// dexie-export-import writes each row through Typeson: values JSON cannot hold are replaced and
// their key paths listed under `$types` (it lists every array as `arrayNonindexKeys`, and a
// property set to undefined as `undef`). Hallway's rows are plain data, so the few types such rows
// can carry are revived here, and a row with any other type (a Blob, a Map…) is refused: it cannot
// come from Hallway. Restoring from the parsed rows this way writes each row once, straight into
// the database, instead of importing the file into a scratch database first.

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Reviver = (value: unknown) => unknown;

const REVIVERS: Record<string, Reviver> = {
  // Only an object can carry an array's extra keys; any other value (a hand-edited "emails":
  // "x@y") is left as it is, for the row schemas to refuse by name instead of reading it as [].
  arrayNonindexKeys: (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.assign([], value as Record<string, unknown>)
      : value,
  undef: () => undefined,
  sparseUndefined: () => undefined,
  nan: () => Number.NaN,
  infinity: () => Number.POSITIVE_INFINITY,
  negativeInfinity: () => Number.NEGATIVE_INFINITY,
  date: (value) => new Date(value === 'NaN' ? Number.NaN : (value as number)),
};

const unescapeKey = (key: string) => key.replace(/~1/g, '.').replace(/~0/g, '~');

/** Deeper paths first, so that a parent is revived after its children (as Typeson does). */
const depth = (path: string) => path.split('.').length;

function reviveAt(row: Record<string, unknown>, path: string, types: readonly string[]): boolean {
  const keys = path.split('.').map(unescapeKey);
  if (keys.some((key) => DANGEROUS_KEYS.has(key))) return false;
  let parent: Record<string, unknown> = row;
  for (const key of keys.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== 'object' || next === null) return false;
    parent = next as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  let value = parent[last];
  for (const type of [...types].reverse()) {
    const revive = REVIVERS[type];
    if (!revive) return false;
    value = revive(value);
  }
  parent[last] = value;
  return true;
}

/** The row as it was stored, or null when it holds a type Hallway never stores. */
export function reviveBackupRow(row: Record<string, unknown>): Record<string, unknown> | null {
  const types = row.$types;
  if (types === undefined) return row;
  if (types === true) return row.$ as Record<string, unknown>;
  if (typeof types !== 'object' || types === null || Array.isArray(types)) return null;
  const { $types: _types, ...revived } = row;
  const paths = Object.entries(types as Record<string, unknown>).sort(
    ([a], [b]) => depth(b) - depth(a),
  );
  for (const [path, type] of paths) {
    const list = Array.isArray(type) ? type : [type];
    if (!list.every((entry) => typeof entry === 'string')) return null;
    if (!reviveAt(revived, path, list as string[])) return null;
  }
  return revived;
}
