// How a topic key is shown: the label stored in the topics table, else the built-in label, else
// the key itself made readable (hyphens back to spaces, first letter upper-cased for Latin text).
import { BUILT_IN_TOPICS } from './built-in-topics';

const builtInLabels: ReadonlyMap<string, string> = new Map(
  BUILT_IN_TOPICS.map((topic) => [topic.key, topic.label]),
);

/** The label Hallway knows for a well-known topic key ('javascript' → 'JavaScript'). */
export function builtInTopicLabel(key: string): string | undefined {
  return builtInLabels.get(key);
}

export function topicLabel(key: string, labels?: ReadonlyMap<string, string>): string {
  const stored = labels?.get(key) ?? builtInLabels.get(key);
  if (stored) return stored;
  const words = key.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
