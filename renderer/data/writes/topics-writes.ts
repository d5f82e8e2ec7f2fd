// Writes of topics (docs/architecture.md, "One write path"): the label and the user's own aliases
// of each topic key. People store topic keys; ensureTopicsIn turns what the user typed into keys
// (through the user's aliases, then the built-in ones) and makes sure every key has a row with a
// label, inside the write that saves the person or the import. The read (loadTopicAliases) is in
// renderer/repositories/topics-repository.
import type { Topic } from '../../../shared/domain/entities';
import { canonicaliseTopicText, resolveTopicKey } from '../../../shared/topics/normalise-topic-key';
import { builtInTopicLabel, topicLabel } from '../../../shared/topics/topic-label';
import type { HallwayDatabase } from '../../db/database';
import { loadTopicAliases } from '../../repositories/topics-repository';
import { runWrite } from '../run-write';
import type { WriteTransaction } from '../write-transaction';
import { notFound, WriteError } from './write-error';

/** A new topic's label: Hallway's own for a well-known topic, else the text as first typed. */
function labelFor(raw: string, key: string): string {
  const typed = raw.normalize('NFKC').trim().replace(/^#+/, '').replace(/\s+/g, ' ');
  return builtInTopicLabel(key) ?? (typed === '' ? topicLabel(key) : typed);
}

/**
 * Resolves raw topics to keys and adds a topics row (labelled as first typed, or with the
 * built-in label) for every key that has none. Returns the keys, de-duplicated, in input order.
 */
export async function ensureTopicsIn(
  write: WriteTransaction,
  raw: readonly string[],
): Promise<string[]> {
  const aliases = await loadTopicAliases(write.db);
  const labels = new Map<string, string>();
  for (const text of raw) {
    if (text.trim() === '') continue;
    const key = resolveTopicKey(text, aliases);
    if (!labels.has(key)) labels.set(key, labelFor(text, key));
  }
  const keys = [...labels.keys()];
  const existing = await write.db.topics.bulkGet(keys);
  const missing: Topic[] = keys
    .filter((_, index) => existing[index] === undefined)
    .map((key) => ({
      key,
      label: labels.get(key) ?? key,
      aliases: [],
      createdAt: write.now,
      updatedAt: write.now,
    }));
  await write.insert('topics', missing);
  return keys;
}

export async function renameTopic(db: HallwayDatabase, key: string, label: string): Promise<void> {
  const trimmed = label.trim();
  if (trimmed === '') throw new WriteError('blank-label', 'A topic needs a label.');
  await runWrite(db, async (write) => {
    const topic = await write.patch('topics', key, { label: trimmed, updatedAt: write.now });
    if (!topic) throw notFound('topic', key);
  });
}

function replaceKey(keys: readonly string[], from: string, to: string): string[] {
  return [...new Set(keys.map((key) => (key === from ? to : key)))];
}

/**
 * Makes `alias` another name for topic `key`: from now on typing it gives `key`. If the alias was
 * a topic of its own, it is merged: people who had it get `key` instead, its own aliases move
 * over, and its row goes. One write, so nobody is left pointing at a removed topic.
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
  await runWrite(db, async (write) => {
    const { now } = write;
    const topic = await write.get('topics', key);
    if (!topic) throw notFound('topic', key);
    const merged = await write.get('topics', aliasKey);
    const owners = await write.db.topics.where('aliases').equals(aliasKey).toArray();
    await write.patchMany(
      'topics',
      owners
        .filter((owner) => owner.key !== key)
        .map((owner) => ({
          key: owner.key,
          changes: {
            aliases: owner.aliases.filter((existing) => existing !== aliasKey),
            updatedAt: now,
          },
        })),
    );
    const aliases = new Set([...topic.aliases, aliasKey, ...(merged?.aliases ?? [])]);
    aliases.delete(key);
    await write.patch('topics', key, { aliases: [...aliases], updatedAt: now });
    if (!merged) return;
    await write.remove('topics', [aliasKey]);
    const people = await write.db.people
      .where('interests')
      .equals(aliasKey)
      .or('offers')
      .equals(aliasKey)
      .or('asks')
      .equals(aliasKey)
      .toArray();
    await write.patchMany(
      'people',
      people.map((person) => ({
        key: person.id,
        changes: {
          interests: replaceKey(person.interests, aliasKey, key),
          offers: replaceKey(person.offers, aliasKey, key),
          asks: replaceKey(person.asks, aliasKey, key),
          updatedAt: now,
        },
      })),
    );
  });
}

export async function removeTopicAlias(
  db: HallwayDatabase,
  key: string,
  alias: string,
): Promise<void> {
  const aliasKey = canonicaliseTopicText(alias);
  await runWrite(db, async (write) => {
    const topic = await write.get('topics', key);
    if (!topic) throw notFound('topic', key);
    await write.patch('topics', key, {
      aliases: topic.aliases.filter((existing) => existing !== aliasKey),
      updatedAt: write.now,
    });
  });
}
