import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutIntoParts, isSearchIndexHead } from './persisted-search-index';

describe('the persisted search index in parts', () => {
  it('cuts any text into parts of at most the size that join back into it', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 9 }), (text, size) => {
        const parts = cutIntoParts(text, size);
        expect(parts.join('')).toBe(text);
        for (const part of parts) expect(part.length).toBeGreaterThan(0);
        for (const part of parts) expect(part.length).toBeLessThanOrEqual(size);
      }),
    );
    expect(cutIntoParts('', 4)).toEqual([]);
  });

  it('tells the head row from a part and from a row of the old single-row layout', () => {
    expect(isSearchIndexHead({ id: 'people', format: 3, seq: 1, parts: 3 })).toBe(true);
    expect(isSearchIndexHead({ id: 'people#0', text: '{' })).toBe(false);
    expect(isSearchIndexHead(undefined)).toBe(false);
  });
});
