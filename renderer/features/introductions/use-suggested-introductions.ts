// Suggested introductions from the worker, in words: for one person (the person page) or the best
// pairs across everyone (the Introductions screen). The question is asked again whenever people,
// introductions or dismissals change (a live query on their newest writes), so an introduced or
// dismissed pair disappears at once. Names, topic labels and event names are read for the few
// suggestions shown only.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { explainSuggestion } from '../../../shared/introductions/explain-suggestion';
import { messageLanguageOf } from '../../../shared/introductions/message-language';
import type { IntroductionSuggestion } from '../../../shared/suggestions/suggest-introductions';
import { useDatabase } from '../../app/database-context';
import { latestChangeSeq } from '../../data/change-feed';
import type { HallwayDatabase } from '../../db/database';
import { suggestionClient } from './suggestion-client';

export interface SuggestionView {
  suggestion: IntroductionSuggestion;
  person: Person;
  candidate: Person;
  explanation: string;
}

export interface SuggestionsState {
  views: SuggestionView[];
  loading: boolean;
  failed: boolean;
}

/** Changes with every write: the suggestions are asked for again after any change of data. */
function useDataVersion(): number | undefined {
  const db = useDatabase();
  return useLiveQuery(() => latestChangeSeq(db), [db]);
}

async function describe(
  db: HallwayDatabase,
  suggestions: readonly IntroductionSuggestion[],
  language: string,
): Promise<SuggestionView[]> {
  const personIds = [...new Set(suggestions.flatMap((s) => [s.personId, s.candidateId]))];
  const topicKeys = [
    ...new Set(
      suggestions.flatMap(({ reasons }) => [
        ...reasons.candidateOffers,
        ...reasons.personOffers,
        ...reasons.sharedInterests,
      ]),
    ),
  ];
  const eventIds = [...new Set(suggestions.flatMap((s) => s.reasons.sharedUpcomingEventIds))];
  const [people, topics, events] = await Promise.all([
    db.people.bulkGet(personIds),
    db.topics.bulkGet(topicKeys),
    db.events.bulkGet(eventIds),
  ]);
  const personById = new Map(people.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const labelByKey = new Map(topics.flatMap((t) => (t ? [[t.key, t.label] as const] : [])));
  const eventNameById = new Map(events.flatMap((e) => (e ? [[e.id, e.name] as const] : [])));
  return suggestions.flatMap((suggestion) => {
    const person = personById.get(suggestion.personId);
    const candidate = personById.get(suggestion.candidateId);
    if (!person || !candidate) return [];
    const explanation = explainSuggestion(suggestion.reasons, {
      language: messageLanguageOf(language),
      personName: person.displayName,
      candidateName: candidate.displayName,
      topicLabel: (key) => labelByKey.get(key) ?? key,
      eventName: (id) => eventNameById.get(id) ?? id,
    });
    return [{ suggestion, person, candidate, explanation }];
  });
}

/** personId null: the best pairs across everyone. */
export function useSuggestedIntroductions(
  personId: string | null,
  limit: number,
): SuggestionsState {
  const db = useDatabase();
  const { i18n } = useTranslation();
  const version = useDataVersion();
  const [state, setState] = useState<SuggestionsState>({ views: [], loading: true, failed: false });

  useEffect(() => {
    if (version === undefined) return;
    let current = true;
    const ask = async () => {
      const client = await suggestionClient(db.name);
      const suggestions =
        personId === null
          ? await client.suggestTopPairs(limit)
          : await client.suggestFor(personId, limit);
      const views = await describe(db, suggestions, i18n.language);
      if (current) setState({ views, loading: false, failed: false });
    };
    ask().catch(() => {
      if (current) setState({ views: [], loading: false, failed: true });
    });
    return () => {
      current = false;
    };
  }, [db, personId, limit, version, i18n.language]);

  return state;
}
