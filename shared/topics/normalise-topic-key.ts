// Topic keys: the one spelling under which a topic is stored and indexed (people.interests,
// offers, asks; the topics table). Decisions:
// - NFKC first, so full-width Latin (ＪａｖａＳｃｒｉｐｔ) becomes ASCII and half-width katakana
//   (ｱｸｾｼﾋﾞﾘﾃｨ) becomes full-width; Japanese text is otherwise left intact.
// - Case folding is lower-casing plus the two folds lower-casing misses (ß → ss, final ς → σ).
// - Runs of whitespace, underscores and hyphens become one hyphen, and edge hyphens are trimmed:
//   "Machine   learning" and "machine_learning" are both `machine-learning`. Hyphens, not spaces,
//   so that a key reads as one token in URLs, CSV cells and search tokens.
// - Leading `#` are stripped (hashtags); `#` elsewhere is kept, so C# stays `c#`.
// - Built-in aliases then map to the canonical key (js → javascript); user aliases from the topics
//   table are applied by resolveTopicKey on top of them.
// Input that would normalise to nothing (say "#" or "_") keeps its folded text, so a non-blank
// topic never becomes an empty key.
import { BUILT_IN_TOPICS } from './built-in-topics';

const SEPARATOR_RUNS = /[\s_\-\u200b\u200c\u200d]+/gu;
const LEADING_MARKS = /^[#-]+/;
const TRAILING_HYPHENS = /-+$/;

function foldCase(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

/** The canonical spelling of a topic, before any alias is resolved. */
export function canonicaliseTopicText(raw: string): string {
  const folded = foldCase(raw.normalize('NFKC')).normalize('NFKC').trim();
  const key = folded
    .replace(SEPARATOR_RUNS, '-')
    .replace(LEADING_MARKS, '')
    .replace(TRAILING_HYPHENS, '');
  return key === '' ? folded : key;
}

const builtInAliases: ReadonlyMap<string, string> = new Map(
  BUILT_IN_TOPICS.flatMap((topic) =>
    topic.aliases.map((alias) => [canonicaliseTopicText(alias), topic.key] as const),
  ),
);

/** Built-in alias → canonical key, with aliases already canonicalised. */
export function builtInTopicAliases(): ReadonlyMap<string, string> {
  return builtInAliases;
}

/** The stored key for a topic as typed: canonical spelling, built-in aliases resolved. */
export function normaliseTopicKey(raw: string): string {
  const text = canonicaliseTopicText(raw);
  return builtInAliases.get(text) ?? text;
}

/**
 * Like normaliseTopicKey, with the user's own aliases (alias key → topic key, from the topics
 * table) taking precedence over the built-in ones.
 */
export function resolveTopicKey(raw: string, aliases: ReadonlyMap<string, string>): string {
  const text = canonicaliseTopicText(raw);
  return aliases.get(text) ?? builtInAliases.get(text) ?? text;
}
