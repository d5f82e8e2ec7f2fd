// What the topic field suggests for the text typed so far: first the topic it already means (an
// alias resolved, so `js` offers JavaScript), then topics whose key or an alias starts with it,
// from the user's topics table and Hallway's built-in topics; never a topic the person already has.
import type { Topic } from '../../../shared/domain/entities';
import { BUILT_IN_TOPICS } from '../../../shared/topics/built-in-topics';
import {
  builtInTopicAliases,
  canonicaliseTopicText,
} from '../../../shared/topics/normalise-topic-key';
import { builtInTopicLabel, topicLabel } from '../../../shared/topics/topic-label';

export interface TopicSuggestion {
  key: string;
  label: string;
}

const builtInsCanonical = BUILT_IN_TOPICS.map((topic) => ({
  key: topic.key,
  aliases: topic.aliases.map(canonicaliseTopicText),
}));

export function suggestTopics(
  typed: string,
  stored: readonly Topic[],
  exclude: ReadonlySet<string>,
  limit = 8,
): TopicSuggestion[] {
  const text = canonicaliseTopicText(typed);
  if (text === '') return [];
  const labels = new Map(stored.map((topic) => [topic.key, topic.label]));
  const exact =
    stored.find((topic) => topic.aliases.includes(text))?.key ??
    builtInTopicAliases().get(text) ??
    text;
  const startsWith = (topic: { key: string; aliases: readonly string[] }) =>
    topic.key.startsWith(text) || topic.aliases.some((alias) => alias.startsWith(text));
  const keys = [
    ...(labels.has(exact) || builtInTopicLabel(exact) !== undefined ? [exact] : []),
    ...stored.filter(startsWith).map((topic) => topic.key),
    ...builtInsCanonical.filter(startsWith).map((topic) => topic.key),
  ];
  return [...new Set(keys)]
    .filter((key) => !exclude.has(key))
    .slice(0, limit)
    .map((key) => ({ key, label: labels.get(key) ?? topicLabel(key) }));
}
