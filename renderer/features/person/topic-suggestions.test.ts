import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../shared/domain/entities';
import { suggestTopics } from './topic-suggestions';

const topic = (key: string, label: string, aliases: string[] = []): Topic => ({
  key,
  label,
  aliases,
  createdAt: 1,
  updatedAt: 1,
});

const stored = [
  topic('rust', 'Rust'),
  topic('rust-jobs', 'Rust jobs'),
  topic('machine-learning', 'Machine learning', ['ml']),
];

describe('suggestTopics', () => {
  it('offers the topic an alias means first: js suggests JavaScript', () => {
    expect(suggestTopics('js', stored, new Set())[0]).toEqual({
      key: 'javascript',
      label: 'JavaScript',
    });
    expect(suggestTopics('ML', stored, new Set())[0]).toEqual({
      key: 'machine-learning',
      label: 'Machine learning',
    });
  });

  it('completes prefixes from stored and built-in topics, with stored labels', () => {
    const keys = suggestTopics('rus', stored, new Set()).map((suggestion) => suggestion.key);
    expect(keys).toEqual(['rust', 'rust-jobs']);
    expect(suggestTopics('typ', [], new Set())).toEqual([
      { key: 'typescript', label: 'TypeScript' },
    ]);
  });

  it('leaves out topics the person already has, and suggests nothing for blank text', () => {
    expect(suggestTopics('rus', stored, new Set(['rust'])).map((s) => s.key)).toEqual([
      'rust-jobs',
    ]);
    expect(suggestTopics('  ', stored, new Set())).toEqual([]);
  });
});
