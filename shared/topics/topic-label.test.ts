import { describe, expect, it } from 'vitest';
import { topicLabel } from './topic-label';

describe('topicLabel', () => {
  it('prefers the label stored in the topics table', () => {
    expect(topicLabel('javascript', new Map([['javascript', 'JS!']]))).toBe('JS!');
  });

  it('falls back to the built-in label', () => {
    expect(topicLabel('javascript')).toBe('JavaScript');
    expect(topicLabel('postgresql')).toBe('PostgreSQL');
  });

  it('makes an unknown key readable', () => {
    expect(topicLabel('domain-driven-design')).toBe('Domain driven design');
    expect(topicLabel('機械学習')).toBe('機械学習');
  });
});
