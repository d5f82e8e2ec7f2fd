import { describe, expect, it } from 'vitest';
import { generateSampleData } from './generate-sample-data';

describe('generateSampleData', () => {
  it('gives identical output for the same seed', () => {
    const first = generateSampleData({ seed: 42, people: 300 });
    const second = generateSampleData({ seed: 42, people: 300 });
    expect(second).toEqual(first);
  });

  it('gives different output for a different seed', () => {
    const first = generateSampleData({ seed: 42, people: 300 });
    const other = generateSampleData({ seed: 43, people: 300 });
    expect(other.people.map((person) => person.id)).not.toEqual(
      first.people.map((person) => person.id),
    );
    expect(other.people.map((person) => person.displayName)).not.toEqual(
      first.people.map((person) => person.displayName),
    );
  });

  it('respects the requested sizes', () => {
    const data = generateSampleData({
      seed: 1,
      people: 500,
      events: 60,
      interactionsPerPerson: 3,
    });
    expect(data.people).toHaveLength(500);
    expect(data.events).toHaveLength(60);
    expect(data.interactions).toHaveLength(1500);
  });
});
