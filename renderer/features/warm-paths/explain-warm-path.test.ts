import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { NetworkGraph, PersonNode, Tie } from '../../../shared/network/network-graph-types';
import type { NetworkEvent } from '../../../shared/network/network-source';
import { findWarmPaths } from '../../../shared/network/warm-paths';
import { createI18n } from '../../i18n/create-i18n';
import { explainWarmPath } from './explain-warm-path';

const NOW = Date.UTC(2026, 11, 1);

const node = (label: string, fields: Partial<PersonNode> = {}): PersonNode => ({
  label,
  company: '',
  topics: [],
  interactions: 0,
  eventIds: [],
  lastContactAt: 0,
  ...fields,
});

const tie = (fields: Partial<Tie>): Tie => ({
  relationships: [],
  introduction: null,
  sharedEventIds: [],
  lastAt: NOW,
  strength: 0.8,
  ...fields,
});

const events = new Map<string, NetworkEvent>([
  [
    'rust24',
    { id: 'rust24', name: 'RustFest 2024', series: '', startsAt: NOW - 400e8, deletedAt: 0 },
  ],
  [
    'rust25',
    { id: 'rust25', name: 'RustFest 2025', series: '', startsAt: NOW - 100e8, deletedAt: 0 },
  ],
]);

function cast(): NetworkGraph {
  const graph: NetworkGraph = new Graph({ type: 'undirected' });
  graph.addNode('aoi', node('Aoi', { interactions: 2, eventIds: ['rust24', 'rust25'] }));
  graph.addNode('bruno', node('Bruno'));
  graph.addNode('chen', node('Chen'));
  graph.addNode('dana', node('Dana', { company: 'Acme' }));
  graph.addNode('emi', node('Emi', { interactions: 1 }));
  graph.addNode('fumi', node('Fumi', { company: 'Umbrella' }));
  graph.addEdge(
    'aoi',
    'bruno',
    tie({ relationships: [{ id: 'r1', kind: 'works-with', fromId: 'bruno', toId: 'aoi' }] }),
  );
  graph.addEdge('bruno', 'chen', tie({ introduction: { id: 'i1', status: 'made', madeAt: NOW } }));
  graph.addEdge(
    'chen',
    'dana',
    tie({ relationships: [{ id: 'r2', kind: 'mentor-of', fromId: 'dana', toId: 'chen' }] }),
  );
  graph.addEdge(
    'emi',
    'fumi',
    tie({
      sharedEventIds: ['rust24', 'rust25'],
      relationships: [{ id: 'r3', kind: 'introduced-me-to', fromId: 'fumi', toId: 'emi' }],
    }),
  );
  return graph;
}

function explain(language: 'en' | 'ja', company: string): string {
  const graph = cast();
  const [path] = findWarmPaths(graph, { kind: 'company', name: company }, { now: NOW }).paths;
  const t = createI18n(language).getFixedT(language, 'warm-paths');
  return explainWarmPath(t, path, { graph, events });
}

describe('explainWarmPath', () => {
  it('says each step as a person would, directed kinds the right way round', () => {
    expect(explain('en', 'Acme')).toBe(
      'You met Aoi at RustFest 2025; Aoi works with Bruno; you introduced Bruno to Chen; ' +
        'Dana is a mentor of Chen',
    );
  });

  it('says it in Japanese', () => {
    expect(explain('ja', 'Acme')).toBe(
      'RustFest 2025でAoiさんに会いました。AoiさんはBrunoさんと一緒に働いています。' +
        'あなたがBrunoさんをChenさんに紹介しました。DanaさんはChenさんのメンターです。',
    );
  });

  it('names the events both were at, and how often the user met an introducer', () => {
    expect(explain('en', 'Umbrella')).toBe(
      'You have met Emi once; Fumi introduced you to Emi; ' +
        'Emi and Fumi were both at RustFest 2025 and 1 other event',
    );
  });
});
