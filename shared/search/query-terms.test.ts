import { describe, expect, it } from 'vitest';
import { queryTerms } from './query-terms';
import { tokenise } from './tokenise';

const termsOf = (query: string) => queryTerms(tokenise(query));

describe('queryTerms', () => {
  it('leaves out short and filler words when the query has other words', () => {
    expect(termsOf('switch to Rust')).toEqual({ scored: ['switch', 'rust'], prefixes: [] });
    expect(termsOf('Met at Rust')).toEqual({ scored: ['rust'], prefixes: [] });
    expect(termsOf('the person I talked to about WASM at RustFest')).toEqual({
      scored: ['wasm', 'rustfest'],
      prefixes: [],
    });
    expect(termsOf('the person I talked to about their project at the after-party')).toEqual({
      scored: ['project', 'party'],
      prefixes: [],
    });
  });

  it('keeps every word of a query made only of such words', () => {
    expect(termsOf('Met at')).toEqual({ scored: ['met'], prefixes: ['at'] });
    expect(termsOf('to be')).toEqual({ scored: [], prefixes: ['to', 'be'] });
  });

  it('scores Japanese bigrams', () => {
    expect(termsOf('山田 花子')).toEqual({ scored: ['山田', '花子'], prefixes: [] });
  });
});
