// Topics: the label and the user's own aliases of each topic key. People store topic keys; these
// functions turn what the user typed into keys (through the user's aliases, then the built-in
// ones) and make sure every key has a row with a label. ensureTopics is meant to run inside the
// caller's transaction (the people repository calls it while saving a person).
import type { Topic } from '../../shared/domain/entities';
import { canonicaliseTopicText, resolveTopicKey } from '../../shared/topics/normalise-topic-key';
import { builtInTopicLabel, topicLabel } from '../../shared/topics/topic-label';
import type { HallwayDatabase } from '../db/database';
import { notFound, WriteError } from '../data/writes/write-error';

/**
 * The user's aliases: canonical alias text → topic key. Read through the *aliases index, which
 * holds only the topics that have aliases (a few), not every topic: every person saved calls this.
 */
export async function loadTopicAliases(db: HallwayDatabase): Promise<Map<string, string>> {
  const aliases = new Map<string, string>();
  await db.topics.orderBy('aliases').each((topic, cursor) => {
    aliases.set(String(cursor.key), topic.key);
  });
  return aliases;
}

/** A new topic's label: Hallway's own for a well-known topic, else the text as first typed. */
function labelFor(raw: string, key: string): string {
  const typed = raw.normalize('NFKC').trim().replace(/^#+/, '').replace(/\s+/g, ' ');
  return builtInTopicLabel(key) ?? (typed === '' ? topicLabel(key) : typed);
}

/**
 * Resolves raw topics to keys and adds a topics row (labelled as first typed, or with the
 * built-in label) for every key that has none. Returns the keys, de-duplicated, in input order.
 */
export async function ensureTopics(db: HallwayDatabase, raw: readonly string[]): Promise<string[]> {
  const aliases = await loadTopicAliases(db);
  const labels = new Map<string, string>();
  for (const text of raw) {
    if (text.trim() === '') continue;
    const key = resolveTopicKey(text, aliases);
    if (!labels.has(key)) labels.set(key, labelFor(text, key));
  }
  const keys = [...labels.keys()];
  const existing = await db.topics.bulkGet(keys);
  const now = Date.now();
  const missing: Topic[] = keys
    .filter((_, index) => existing[index] === undefined)
    .map((key) => ({
      key,
      label: labels.get(key) ?? key,
      aliases: [],
      createdAt: now,
      updatedAt: now,
    }));
  await db.topics.bulkAdd(missing);
  return keys;
}

export async function renameTopic(db: HallwayDatabase, key: string, label: string): Promise<void> {
  const trimmed = label.trim();
  if (trimmed === '') throw new WriteError('blank-label', 'A topic needs a label.');
  const changed = await db.topics.update(key, { label: trimmed, updatedAt: Date.now() });
  if (changed === 0) throw notFound('topic', key);
}

function replaceKey(keys: readonly string[], from: string, to: string): string[] {
  return [...new Set(keys.map((key) => (key === from ? to : key)))];
}

/**
 * Makes `alias` another name for topic `key`: from now on typing it gives `key`. If the alias was
 * a topic of its own, it is merged: people who had it get `key` instead, its own aliases move
 * over, and its row goes. One transaction, so nobody is left pointing at a removed topic.
 */
export async function addTopicAlias(
  db: HallwayDatabase,
  key: string,
  alias: string,
): Promise<void> {
  const aliasKey = canonicaliseTopicText(alias);
  if (aliasKey === '' || aliasKey === key) {
    throw new WriteError('invalid-alias', 'An alias must differ from its topic.');
  }
  await db.transaction('rw', [db.topics, db.people], async () => {
    const topic = await db.topics.get(key);
    if (!topic) throw notFound('topic', key);
    const now = Date.now();
    const merged = await db.topics.get(aliasKey);
    const owners = await db.topics.where('aliases').equals(aliasKey).toArray();
    for (const owner of owners) {
      if (owner.key === key) continue;
      await db.topics.update(owner.key, {
        aliases: owner.aliases.filter((existing) => existing !== aliasKey),
        updatedAt: now,
      });
    }
    const aliases = new Set([...topic.aliases, aliasKey, ...(merged?.aliases ?? [])]);
    aliases.delete(key);
    await db.topics.update(key, { aliases: [...aliases], updatedAt: now });
    if (!merged) return;
    await db.topics.delete(aliasKey);
    const people = await db.people
      .where('interests')
      .equals(aliasKey)
      .or('offers')
      .equals(aliasKey)
      .or('asks')
      .equals(aliasKey)
      .toArray();
    for (const person of people) {
      await db.people.update(person.id, {
        interests: replaceKey(person.interests, aliasKey, key),
        offers: replaceKey(person.offers, aliasKey, key),
        asks: replaceKey(person.asks, aliasKey, key),
        updatedAt: now,
      });
    }
  });
}

export async function removeTopicAlias(
  db: HallwayDatabase,
  key: string,
  alias: string,
): Promise<void> {
  const aliasKey = canonicaliseTopicText(alias);
  await db.transaction('rw', db.topics, async () => {
    const topic = await db.topics.get(key);
    if (!topic) throw notFound('topic', key);
    await db.topics.update(key, {
      aliases: topic.aliases.filter((existing) => existing !== aliasKey),
      updatedAt: Date.now(),
    });
  });
}
