// Fuzzy-ish filtering for the command palette, in English and Japanese alike: text is folded
// (NFKC, lower case, katakana to hiragana) so "ｾｯﾃｲ", "セッテイ" and "せってい" compare equal, and
// "設定" or "ｓｅｔｔｉｎｇｓ" match as typed. A title that starts with the query beats one
// containing a word that starts with it, which beats a plain substring, which beats the query's
// characters appearing in order ("gtp" finds "Go to People"). Keywords match like titles but
// rank below them.
import type { Command } from './command-registry';

export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/gu, (katakana) => String.fromCharCode(katakana.charCodeAt(0) - 0x60))
    .replace(/\s+/gu, ' ')
    .trim();
}

function isSubsequence(query: string, text: string): boolean {
  let position = 0;
  for (const character of text) {
    if (character === query[position]) position += 1;
    if (position === query.length) return true;
  }
  return false;
}

/** Higher is better; 0 means no match. */
export function scoreText(query: string, text: string): number {
  const folded = foldForMatching(text);
  if (folded.startsWith(query)) return 4;
  if (folded.split(/[\s\-–—/、・]/u).some((word) => word.startsWith(query))) return 3;
  if (folded.includes(query)) return 2;
  if (isSubsequence(query.replace(/ /gu, ''), folded.replace(/ /gu, ''))) return 1;
  return 0;
}

function scoreCommand(query: string, command: Command): number {
  const titleScore = scoreText(query, command.title) * 2;
  const keywordScore = Math.max(0, ...(command.keywords ?? []).map((k) => scoreText(query, k)));
  return Math.max(titleScore, keywordScore);
}

/** Commands matching the query, best first; all of them, in order, for an empty query. */
export function filterCommands(commands: readonly Command[], query: string): Command[] {
  const folded = foldForMatching(query);
  if (folded === '') return [...commands];
  return commands
    .map((command, order) => ({ command, order, score: scoreCommand(folded, command) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.command);
}
