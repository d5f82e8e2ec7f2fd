import { describe, expect, it } from 'vitest';
import type { IntroductionReasons } from '../suggestions/score-introduction';
import { explainSuggestion, type ExplanationContext } from './explain-suggestion';

const LABELS: Record<string, string> = {
  'rails mentoring': 'Rails mentoring',
  elixir: 'Elixir',
  'design review': 'design reviews',
  go: 'Go',
};

function context(language: 'en' | 'ja'): ExplanationContext {
  return {
    language,
    personName: 'Ben',
    candidateName: 'Ana',
    topicLabel: (key) => LABELS[key] ?? key,
    eventName: (id) => (id === 'kaigi' ? 'RubyKaigi' : id),
  };
}

const NONE: IntroductionReasons = {
  candidateOffers: [],
  personOffers: [],
  sharedInterests: [],
  sharedLanguages: [],
  sameCity: null,
  sharedUpcomingEventIds: [],
};

describe('explainSuggestion', () => {
  it('says who can offer what to whom, then the shared interests', () => {
    const reasons = { ...NONE, candidateOffers: ['rails mentoring'], sharedInterests: ['elixir'] };
    expect(explainSuggestion(reasons, context('en'))).toBe(
      'Ana can offer Rails mentoring, which Ben is looking for; both are into Elixir',
    );
  });

  it('names both directions of a reciprocal match and lists topics with "and"', () => {
    const reasons = {
      ...NONE,
      candidateOffers: ['rails mentoring'],
      personOffers: ['design review'],
      sharedInterests: ['elixir', 'go'],
    };
    expect(explainSuggestion(reasons, context('en'))).toBe(
      'Ana can offer Rails mentoring, which Ben is looking for; Ben can offer design reviews, ' +
        'which Ana is looking for; both are into Elixir and Go',
    );
  });

  it('adds the context: language, city and upcoming events by name', () => {
    const reasons = {
      ...NONE,
      sharedInterests: ['elixir'],
      sharedLanguages: ['Japanese'],
      sameCity: 'Tokyo',
      sharedUpcomingEventIds: ['kaigi'],
    };
    expect(explainSuggestion(reasons, context('en'))).toBe(
      'Both are into Elixir; both speak Japanese; both are in Tokyo; both are expected at RubyKaigi',
    );
  });

  it('writes Japanese sentences with さん and 。', () => {
    const reasons = {
      ...NONE,
      candidateOffers: ['rails mentoring'],
      sharedInterests: ['elixir', 'go'],
      sharedUpcomingEventIds: ['kaigi'],
    };
    expect(explainSuggestion(reasons, context('ja'))).toBe(
      'AnaさんはRails mentoringを提供でき、Benさんが探しています。' +
        'お二人ともElixir、Goに関心があります。お二人ともRubyKaigiに参加予定です。',
    );
  });

  it('names several offered topics without a pronoun', () => {
    const reasons = { ...NONE, candidateOffers: ['rails mentoring', 'go'] };
    expect(explainSuggestion(reasons, context('en'))).toBe(
      'Ana can offer Rails mentoring and Go, which Ben is looking for',
    );
  });

  it('names shared languages in the explanation’s language, not by their codes', () => {
    const reasons = { ...NONE, sharedLanguages: ['en', 'ja'] };
    expect(explainSuggestion(reasons, context('en'))).toBe('Both speak English and Japanese');
    expect(explainSuggestion(reasons, context('ja'))).toBe('お二人とも英語、日本語を話します。');
    expect(explainSuggestion({ ...NONE, sharedLanguages: ['Esperanto!'] }, context('en'))).toBe(
      'Both speak Esperanto!',
    );
  });

  it('is empty when there is no reason at all', () => {
    expect(explainSuggestion(NONE, context('en'))).toBe('');
  });
});
