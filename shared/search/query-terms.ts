// Which words of a query must match. A query is often a phrase rather than keywords ("switch to
// Rust", "met at RustFest", "the person I talked to about WASM"): its short words and its
// function words say nothing about whom the user means, so when the query has other words they
// are left out instead of vetoing every result. A query made only of such words keeps them all:
// "Al" or "to be" still asks for exactly that.
import { isCjkTerm } from './tokenise';

/**
 * English function words and the words people use to describe a meeting rather than its
 * content. Japanese queries are cut into bigrams and have no such list. Each word found in many
 * notes ("their", "after") would also cost MiniSearch a pass over tens of thousands of people.
 */
const QUERY_FILLER_WORDS = new Set([
  'a',
  'about',
  'after',
  'an',
  'and',
  'are',
  'at',
  'be',
  'been',
  'before',
  'by',
  'did',
  'do',
  'does',
  'during',
  'for',
  'from',
  'had',
  'has',
  'have',
  'he',
  'her',
  'him',
  'his',
  'i',
  'in',
  'into',
  'is',
  'it',
  'its',
  'me',
  'met',
  'my',
  'of',
  'on',
  'or',
  'our',
  'person',
  'she',
  'someone',
  'spoke',
  'talked',
  'that',
  'the',
  'their',
  'them',
  'these',
  'they',
  'this',
  'those',
  'to',
  'us',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'with',
  'you',
  'your',
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
