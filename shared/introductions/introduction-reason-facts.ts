// Why an introduction was suggested, kept as data with the introduction (Introduction.reasonFacts)
// so that it is put into words in whichever language it is read or drafted in, with the people's
// and topics' current names: the reason text stored beside it is in the language of the day it
// was saved (kept for exports and older versions). An introduction whose reason the user typed or
// edited has no facts, and its text is shown as written.
import type { IntroductionReasons } from '../suggestions/score-introduction';

export interface IntroductionReasonFacts {
  /** The person the suggestion was made for, and the one suggested to them. */
  personId: string;
  candidateId: string;
  reasons: IntroductionReasons;
}

/** The facts without what a drafted message already says in its own words (offers, interests). */
export function contextOnly(facts: IntroductionReasonFacts): IntroductionReasonFacts {
  return {
    ...facts,
    reasons: { ...facts.reasons, candidateOffers: [], personOffers: [], sharedInterests: [] },
  };
}
