// The drafted message for an introduction, from both people's context: topic labels and the event
// where the user last met each of them (newest interactions first through [personId+at], up to
// the first `met` at an event).
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { LIVE, type Person } from '../../../shared/domain/entities';
import {
  draftIntroductionMessage,
  type DraftPerson,
} from '../../../shared/introductions/draft-introduction-message';
import { messageLanguageOf } from '../../../shared/introductions/message-language';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';

async function lastMetAt(db: HallwayDatabase, personId: string): Promise<string | null> {
  const met = await db.interactions
    .where('[personId+at]')
    .between([personId, -Infinity], [personId, Infinity])
    .reverse()
    .filter((i) => i.deletedAt === LIVE && i.kind === 'met' && i.eventId !== undefined)
    .first();
  const event = met?.eventId ? await db.events.get(met.eventId) : undefined;
  return event?.name ?? null;
}

async function draftPerson(db: HallwayDatabase, person: Person): Promise<DraftPerson> {
  const keys = [...new Set([...person.offers, ...person.asks, ...person.interests])];
  const topics = await db.topics.bulkGet(keys);
  const labels = new Map(topics.flatMap((t) => (t ? [[t.key, t.label] as const] : [])));
  const label = (key: string) => labels.get(key) ?? key;
  return {
    name: person.displayName,
    role: person.role,
    company: person.company,
    offers: person.offers.map(label),
    asks: person.asks.map(label),
    interests: person.interests.map(label),
    lastMetAt: await lastMetAt(db, person.id),
  };
}

export function useIntroductionDraft(a: Person, b: Person, reason: string): string | undefined {
  const db = useDatabase();
  const { i18n } = useTranslation();
  const language = messageLanguageOf(i18n.language);
  return useLiveQuery(async () => {
    const [first, second] = await Promise.all([draftPerson(db, a), draftPerson(db, b)]);
    return draftIntroductionMessage({ language, a: first, b: second, reason });
  }, [db, a, b, reason, language]);
}
