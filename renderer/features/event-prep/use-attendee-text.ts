// The words the prep section and the cheat sheet say about a likely attendee, in the UI language:
// why they are likely there, when you last met, what you owe them, their topics, and the
// introductions worth making among the attendees.
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { explainSuggestion } from '../../../shared/introductions/explain-suggestion';
import { messageLanguageOf } from '../../../shared/introductions/message-language';
import type { IntroductionSuggestion } from '../../../shared/suggestions/suggest-introductions';
import { useEventDateFormat } from '../events/event-time';
import type { EventPrep, LikelyAttendee } from './read-event-prep';

export interface IntroductionIdea {
  key: string;
  suggestion: IntroductionSuggestion;
  first: Person;
  second: Person;
  explanation: string;
}

export interface AttendeeText {
  why(attendee: LikelyAttendee): string;
  lastMet(attendee: LikelyAttendee): string;
  owed(attendee: LikelyAttendee): string[];
  topics(person: Person, labels: ReadonlyMap<string, string>): string;
  ideas(prep: EventPrep): IntroductionIdea[];
  ideasFor(ideas: readonly IntroductionIdea[], personId: string): string[];
}

export function useAttendeeText(eventName: string): AttendeeText {
  const { t, i18n } = useTranslation('event-prep');
  const format = useEventDateFormat();
  const language = messageLanguageOf(i18n.language);
  const labelsOf = (prep: Pick<EventPrep, 'topicLabels'>) => (key: string) =>
    prep.topicLabels.get(key) ?? key;

  return {
    why: ({ linked, shift, series }) => {
      if (shift) return t('prep.why.volunteering');
      if (linked || !series) return t('prep.why.linked');
      return t('prep.why.series', { count: series.count, date: format.date(series.lastAt) });
    },
    lastMet: ({ latest, latestEventName }) => {
      if (!latest) return t('prep.lastMet.never');
      const date = format.date(latest.at);
      return latestEventName
        ? t('prep.lastMet.atEvent', { date, event: latestEventName })
        : t('prep.lastMet.on', { date });
    },
    owed: ({ followUps, unansweredMeeting, latestEventName }) => [
      ...followUps.map((followUp) =>
        t('prep.owed.followUp', {
          reason: followUp.reason || t('prep.owed.noReason'),
          date: format.date(followUp.dueAt),
        }),
      ),
      ...(unansweredMeeting
        ? [t('prep.owed.unanswered', { event: latestEventName ?? eventName })]
        : []),
    ],
    topics: (person, labels) =>
      [...new Set([...person.interests, ...person.offers, ...person.asks])]
        .map((key) => labels.get(key) ?? key)
        .join(', '),
    ideas: (prep) => {
      const people = new Map(prep.attendees.map(({ person }) => [person.id, person]));
      return prep.introductions.flatMap((suggestion: IntroductionSuggestion) => {
        const first = people.get(suggestion.personId);
        const second = people.get(suggestion.candidateId);
        if (!first || !second) return [];
        const explanation = explainSuggestion(
          { ...suggestion.reasons, sharedUpcomingEventIds: [] },
          {
            language,
            personName: first.displayName,
            candidateName: second.displayName,
            topicLabel: labelsOf(prep),
            eventName: () => eventName,
          },
        );
        return [{ key: `${first.id}|${second.id}`, suggestion, first, second, explanation }];
      });
    },
    ideasFor: (ideas, personId) =>
      ideas.flatMap(({ first, second }) =>
        first.id === personId
          ? [second.displayName]
          : second.id === personId
            ? [first.displayName]
            : [],
      ),
  };
}
