// A suggested introduction's reasons in words, in the UI language: what each can offer the other,
// the interests they share, then the context (language, city, upcoming events). Topic keys and
// event ids are turned into labels and names by the caller's look-ups; language codes into the
// languages' names in the explanation's language (Intl.DisplayNames). Offers are phrased without a
// pronoun ("…, which Ana is looking for"), so that one topic or several read the same.
import type { IntroductionReasons } from '../suggestions/score-introduction';
import { joinList, type MessageLanguage } from './message-language';

export interface ExplanationContext {
  language: MessageLanguage;
  personName: string;
  candidateName: string;
  topicLabel: (key: string) => string;
  eventName: (eventId: string) => string;
}

interface Phrases {
  offers(giver: string, taker: string, topics: string): string;
  sharedInterests(topics: string): string;
  sharedLanguages(languages: string): string;
  sameCity(city: string): string;
  events(names: string): string;
  separator: string;
  end: string;
}

const PHRASES: Record<MessageLanguage, Phrases> = {
  en: {
    offers: (giver, taker, topics) => `${giver} can offer ${topics}, which ${taker} is looking for`,
    sharedInterests: (topics) => `both are into ${topics}`,
    sharedLanguages: (languages) => `both speak ${languages}`,
    sameCity: (city) => `both are in ${city}`,
    events: (names) => `both are expected at ${names}`,
    separator: '; ',
    end: '',
  },
  ja: {
    offers: (giver, taker, topics) =>
      `${giver}さんは${topics}を提供でき、${taker}さんが探しています`,
    sharedInterests: (topics) => `お二人とも${topics}に関心があります`,
    sharedLanguages: (languages) => `お二人とも${languages}を話します`,
    sameCity: (city) => `お二人とも${city}にいます`,
    events: (names) => `お二人とも${names}に参加予定です`,
    separator: '。',
    end: '。',
  },
};

/** "English" for `en` in English, 英語 in Japanese; anything that is no language code as it is. */
export function languageName(code: string, language: MessageLanguage): string {
  try {
    return new Intl.DisplayNames(language, { type: 'language', fallback: 'none' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function explainSuggestion(
  reasons: IntroductionReasons,
  context: ExplanationContext,
): string {
  const { language, personName, candidateName, topicLabel, eventName } = context;
  const phrases = PHRASES[language];
  const list = (items: readonly string[]) => joinList(language, items);
  const parts: string[] = [];
  if (reasons.candidateOffers.length > 0)
    parts.push(
      phrases.offers(candidateName, personName, list(reasons.candidateOffers.map(topicLabel))),
    );
  if (reasons.personOffers.length > 0)
    parts.push(
      phrases.offers(personName, candidateName, list(reasons.personOffers.map(topicLabel))),
    );
  if (reasons.sharedInterests.length > 0)
    parts.push(phrases.sharedInterests(list(reasons.sharedInterests.map(topicLabel))));
  if (reasons.sharedLanguages.length > 0) {
    const names = reasons.sharedLanguages.map((code) => languageName(code, language));
    parts.push(phrases.sharedLanguages(list(names)));
  }
  if (reasons.sameCity) parts.push(phrases.sameCity(reasons.sameCity));
  if (reasons.sharedUpcomingEventIds.length > 0)
    parts.push(phrases.events(list(reasons.sharedUpcomingEventIds.map(eventName))));
  if (parts.length === 0) return '';
  const text = parts.join(phrases.separator) + phrases.end;
  return language === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
