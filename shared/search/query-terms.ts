// Which words of a query must match. A query is often a phrase rather than keywords ("switch to
// Rust", "met at RustFest", "the person I talked to about WASM"): its short words and its
// function words say nothing about whom the user means, so when the query has other words they
// are left out instead of vetoing every result. A query made only of such words keeps them all:
// "Al" or "to be" still asks for exactly that.
import { isCjkTerm } from './tokenise';

/**
 * English function words and the words people use to describe a meeting rather than its
 * content. Japanese queries are cut into bigrams and have no such list.
 */
const QUERY_FILLER_WORDS = new Set([
  'a',
  'about',
  'an',
  'and',
  'at',
  'by',
  'did',
  'for',
  'from',
  'he',
  'her',
  'him',
  'his',
  'i',
  'in',
  'into',
  'me',
  'met',
  'my',
  'of',
  'on',
  'or',
  'person',
  'she',
  'someone',
  'spoke',
  'talked',
  'that',
  'the',
  'them',
  'they',
  'to',
  'was',
  'we',
  'who',
  'whom',
  'with',
]);

/** Terms MiniSearch scores; shorter ones only filter its results (a 1-letter prefix is slow). */
export function isScoredTerm(term: string): boolean {
  return term.length >= (isCjkTerm(term) ? 2 : 3);
}

export interface QueryTerms {
  /** Words every result must match in the full-text index. */
  scored: string[];
  /** Short words every result must start a word of its structured fields with. */
  prefixes: string[];
}

/** Splits a tokenised query into the words that must match. */
export function queryTerms(terms: readonly string[]): QueryTerms {
  const meaningful = terms.filter((term) => isScoredTerm(term) && !QUERY_FILLER_WORDS.has(term));
  if (meaningful.length > 0) return { scored: meaningful, prefixes: [] };
  return {
    scored: terms.filter(isScoredTerm),
    prefixes: terms.filter((term) => !isScoredTerm(term)),
  };
}
