import { describe, expect, it } from 'vitest';
import { findOnMap } from './find-on-map';
import { fixtureNetwork, fixturePerson } from './network-fixture';

const graph = fixtureNetwork(
  [
    fixturePerson('1', { displayName: 'Aoi Tanaka' }),
    fixturePerson('2', { displayName: 'Bruno Tanaka' }),
    fixturePerson('3', { displayName: 'Tanaka Hana' }),
    fixturePerson('4', { displayName: 'やまだ はなこ' }),
    fixturePerson('5', { displayName: 'Chloé Martin' }),
  ],
  [],
);
const everyone = new Set(graph.nodes());
const names = (text: string, shown = everyone) =>
  findOnMap(graph, shown, text).map((match) => match.label);

describe('findOnMap', () => {
  it('puts names that start with the text first, then a word that does', () => {
    expect(names('tanaka')).toEqual(['Tanaka Hana', 'Aoi Tanaka', 'Bruno Tanaka']);
  });

  it('ignores case, accents and kana kind', () => {
    expect(names('CHLOE')).toEqual(['Chloé Martin']);
    expect(names('ヤマダ')).toEqual(['やまだ はなこ']);
  });

  it('finds only people shown on the map, and nothing for no text', () => {
    expect(names('tanaka', new Set(['2']))).toEqual(['Bruno Tanaka']);
    expect(names('  ')).toEqual([]);
  });
});
