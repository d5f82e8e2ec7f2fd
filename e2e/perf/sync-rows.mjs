// Synthetic rows for the sync measurements (sync-documents.mjs, sync-server-memory.mjs): people
// and interactions with the source fields and about the sizes of the sample data, from a fixed
// seed; the shard function of shared/sync/shard-of.ts; and a row as the stamped entry the sync
// documents hold (docs/sync.md).
let seed = 1;
export const random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const pick = (items) => items[Math.floor(random() * items.length)];
export const hex = (length) =>
  Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
const words = 'meetup tokyo design rust data community volunteer product coffee talk book'.split(
  ' ',
);
const text = (count) => Array.from({ length: count }, () => pick(words)).join(' ');
const given = ['Hanako', 'Taro', 'Yuki', 'Aiko', 'Kenji', 'Emma', 'Liam', 'Sofia', 'Noah'];
const family = ['Yamada', 'Sato', 'Suzuki', 'Tanaka', 'Ito', 'Smith', 'Garcia', 'Müller'];
export const time = () => 1_700_000_000_000 + Math.floor(random() * 60_000_000_000);

export function person() {
  const givenName = pick(given);
  const familyName = pick(family);
  return {
    id: uuid(),
    displayName: `${givenName} ${familyName}`,
    givenName,
    familyName,
    nameReading: random() < 0.5 ? 'やまだ はなこ' : '',
    nameOrder: random() < 0.5 ? 'family-given' : 'given-family',
    company: `${pick(words)} ${pick(['KK', 'Inc', 'GmbH'])}`,
    role: pick(['Engineer', 'Designer', 'Founder', 'PM', '']),
    location: pick(['Tokyo', 'Osaka', 'Berlin', '']),
    languages: random() < 0.5 ? ['ja', 'en'] : ['en'],
    emails: [`${givenName}.${familyName}${Math.floor(random() * 1000)}@example.com`.toLowerCase()],
    phones: random() < 0.3 ? ['+81 90 1234 5678'] : [],
    links: random() < 0.4 ? [`https://example.com/${hex(8)}`] : [],
    interests: [pick(words), pick(words)],
    offers: random() < 0.3 ? [pick(words)] : [],
    asks: random() < 0.3 ? [pick(words)] : [],
    notes: random() < 0.6 ? text(Math.floor(random() * 30)) : '',
    keepInTouchDays: random() < 0.3 ? 90 : null,
    source: 'manual',
    createdAt: time(),
    updatedAt: time(),
    deletedAt: 0,
  };
}

export function interaction() {
  return {
    id: uuid(),
    personId: uuid(),
    at: time(),
    kind: pick(['met', 'message', 'call', 'meeting', 'email', 'other']),
    ...(random() < 0.4 ? { eventId: uuid() } : {}),
    note: random() < 0.7 ? text(Math.floor(random() * 15)) : '',
    createdAt: time(),
    updatedAt: time(),
    deletedAt: 0,
  };
}

export function fnv1a32(key) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export const stampOf = () => `${Math.floor(time()).toString(36)}.0.${hex(6)}`;

/** The stamped entry of a row: a tenth of the rows with two fields written after creation. */
export function stampedEntry(row) {
  const { id, ...fields } = row;
  const edited = random() < 0.1 ? { notes: stampOf(), updatedAt: stampOf() } : {};
  return [id, { v: fields, s: stampOf(), t: edited }];
}
