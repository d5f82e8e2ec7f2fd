import { describe, expect, it } from 'vitest';
import { LIVE } from '../../../shared/domain/entities';
import { createI18n } from '../../i18n/create-i18n';
import { neighbourhood } from './network-filters';
import { fixtureNetwork, fixturePerson, FIXTURE_NOW } from './network-fixture';
import { tableRows, TABLE_LIMIT } from './network-table';
import { tieInWords } from './tie-words';

const graph = fixtureNetwork(
  [
    fixturePerson('ana', { displayName: 'Ana' }),
    fixturePerson('ben', { displayName: 'Ben' }),
    fixturePerson('cleo', { displayName: 'Cleo' }),
    fixturePerson('dan', { displayName: 'Dan' }),
  ],
  [
    ['ana', 'ben', 'knows'],
    ['ana', 'ben', 'works-with'],
    ['ben', 'cleo', 'mentor-of'],
    ['cleo', 'dan'],
  ],
  {
    introductions: [
      { id: 'i', aId: 'ana', bId: 'cleo', status: 'made', madeAt: FIXTURE_NOW, deletedAt: LIVE },
    ],
  },
);
graph.setNodeAttribute('dan', 'interactions', 4);
graph.setNodeAttribute('ben', 'interactions', 2);

describe('tableRows', () => {
  it('lists a focused neighbourhood by distance, then name', () => {
    const focus = neighbourhood(graph, 'ben', new Set(graph.nodes()));
    expect(tableRows(graph, new Set(graph.nodes()), focus)).toEqual([
      { id: 'ben', distance: 0 },
      { id: 'ana', distance: 1 },
      { id: 'cleo', distance: 1 },
      { id: 'dan', distance: 2 },
    ]);
  });

  it('without a focus, lists the people met most often first, at most TABLE_LIMIT', () => {
    const rows = tableRows(graph, new Set(graph.nodes()), null);
    expect(rows.map((row) => row.id)).toEqual(['dan', 'ben', 'ana', 'cleo']);
    expect(TABLE_LIMIT).toBeGreaterThanOrEqual(100);
  });
});

describe('tieInWords', () => {
  it('says every kind of a tie, in English and Japanese', () => {
    const tie = graph.getEdgeAttributes('ana', 'ben');
    const en = createI18n('en').getFixedT('en', 'network');
    const ja = createI18n('ja').getFixedT('ja', 'network');
    expect(tieInWords(tie, en)).toBe('knows, works with');
    expect(tieInWords(tie, ja)).toBe('知り合い、同僚');
    expect(tieInWords(graph.getEdgeAttributes('ana', 'cleo'), en)).toBe('introduced by you');
  });

  it('counts the events both were met at', () => {
    const tie = { ...graph.getEdgeAttributes('cleo', 'dan'), relationships: [] };
    expect(
      tieInWords(
        { ...tie, sharedEventIds: ['e1', 'e2'] },
        createI18n('en').getFixedT('en', 'network'),
      ),
    ).toBe('met at 2 same events');
  });
});
