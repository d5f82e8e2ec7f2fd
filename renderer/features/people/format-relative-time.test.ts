import { describe, expect, it } from 'vitest';
import { formatRelativePast } from './format-relative-time';

const NOW = new Date(2026, 5, 15, 12).getTime();
const daysAgo = (days: number) => NOW - days * 86_400_000;

describe('formatRelativePast', () => {
  it('says how long ago in the largest whole unit, in English', () => {
    expect(formatRelativePast(NOW - 60_000, NOW, 'en')).toBe('today');
    expect(formatRelativePast(daysAgo(1), NOW, 'en')).toBe('yesterday');
    expect(formatRelativePast(daysAgo(3), NOW, 'en')).toBe('3 days ago');
    expect(formatRelativePast(daysAgo(15), NOW, 'en')).toBe('2 weeks ago');
    expect(formatRelativePast(new Date(2026, 2, 10).getTime(), NOW, 'en')).toBe('3 months ago');
    expect(formatRelativePast(new Date(2024, 0, 10).getTime(), NOW, 'en')).toBe('2 years ago');
  });

  it('speaks Japanese when the UI does', () => {
    expect(formatRelativePast(new Date(2026, 2, 10).getTime(), NOW, 'ja')).toBe('3 か月前');
    expect(formatRelativePast(daysAgo(1), NOW, 'ja')).toBe('昨日');
  });

  it('does not round a few days across a month boundary up to "last month"', () => {
    const june2 = new Date(2026, 5, 2, 12).getTime();
    expect(formatRelativePast(new Date(2026, 4, 30, 12).getTime(), june2, 'en')).toBe('3 days ago');
  });
});
