// An introduction's reason in a given language: a suggestion's reasons kept as data are put into
// words with the people's, topics' and events' current names (shared/introductions/
// introduction-reason-facts); a reason typed by hand is shown as written.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Introduction } from '../../../shared/domain/entities';
import { explainSuggestion } from '../../../shared/introductions/explain-suggestion';
import type { IntroductionReasonFacts } from '../../../shared/introductions/introduction-reason-facts';
import type { MessageLanguage } from '../../../shared/introductions/message-language';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';

async function explainFacts(
  db: HallwayDatabase,
  facts: IntroductionReasonFacts,
  language: MessageLanguage,
): Promise<string> {
  const { reasons } = facts;
  const topicKeys = [
    ...reasons.candidateOffers,
    ...reasons.personOffers,
    ...reasons.sharedInterests,
  ];
  const [people, topics, events] = await Promise.all([
    db.people.bulkGet([facts.personId, facts.candidateId]),
    db.topics.bulkGet(topicKeys),
    db.events.bulkGet(reasons.sharedUpcomingEventIds),
  ]);
  const labels = new Map(topics.flatMap((topic) => (topic ? [[topic.key, topic.label]] : [])));
  const eventNames = new Map(events.flatMap((event) => (event ? [[event.id, event.name]] : [])));
  return explainSuggestion(reasons, {
    language,
    personName: people[0]?.displayName ?? '',
    candidateName: people[1]?.displayName ?? '',
    topicLabel: (key) => labels.get(key) ?? key,
    eventName: (id) => eventNames.get(id) ?? id,
  });
}

const allFacts = (facts: IntroductionReasonFacts) => facts;

/**
 * The reason in `language`; `facts` narrows a suggestion's reasons first (a drafted message says
 * offers and interests in its own words). Undefined while loading.
 */
export function useIntroductionReason(
  introduction: Pick<Introduction, 'reason' | 'reasonFacts'>,
  language: MessageLanguage,
  narrow: (facts: IntroductionReasonFacts) => IntroductionReasonFacts = allFacts,
): string | undefined {
  const db = useDatabase();
  const { reason, reasonFacts } = introduction;
  return useLiveQuery(
    async () => (reasonFacts ? explainFacts(db, narrow(reasonFacts), language) : reason),
    [db, reason, reasonFacts, language, narrow],
  );
}
