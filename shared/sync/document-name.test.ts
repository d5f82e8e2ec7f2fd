import { describe, expect, it } from 'vitest';
import { documentName, parseDocumentName } from './document-name';
import { fnv1a32, shardOf } from './shard-of';
import { SHARD_COUNT } from './synced-tables';

const spaceId = '3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f';

describe('document names', () => {
  it('round-trips a space, a synced table and a shard', () => {
    const address = { spaceId, table: 'people' as const, shard: 31 };
    expect(documentName(address)).toBe(`space:${spaceId}/people/31`);
    expect(parseDocumentName(documentName(address))).toEqual(address);
  });

  it('refuses anything else: paths, unknown or derived tables, shards out of range', () => {
    for (const name of [
      `space:${spaceId}/people/32`,
      `space:${spaceId}/people/01`,
      `space:${spaceId}/contactDue/0`,
      `space:${spaceId}/people/0/..`,
      `space:${spaceId.toUpperCase()}/people/0`,
      `space:../people/0`,
      `${spaceId}/people/0`,
      '',
    ]) {
      expect(parseDocumentName(name), name).toBeNull();
    }
  });
});

describe('shards', () => {
  it('is a fixed function of the key: every device and every version agree', () => {
    expect(fnv1a32(spaceId)).toBe(3353427603);
    expect(shardOf('people', spaceId)).toBe(19);
  });

  it('spreads ids evenly over the shards', () => {
    let seed = 12345;
    const nextHex = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed.toString(16).padStart(8, '0');
    };
    const counts = new Array<number>(SHARD_COUNT.people).fill(0);
    for (let index = 0; index < 3_200; index += 1) {
      const id = `${nextHex()}-${nextHex().slice(0, 4)}-4${nextHex().slice(0, 3)}-8${nextHex().slice(0, 3)}-${nextHex()}${nextHex().slice(0, 4)}`;
      counts[shardOf('people', id)] += 1;
    }
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(Math.max(...counts)).toBeLessThan(140);
  });
});
