// What the follow-up rules produce: a suggestion with a stable key, so that what the user does
// with it (done, snooze, dismiss) is stored under that key (followUps.rule) and found again the
// next time the rules run. A key names what makes the suggestion unique: one meeting, one
// keep-in-touch cycle, one introduction, one shift, one upcoming event.

export const FOLLOW_UP_RULES = ['met', 'cadence', 'intro-check', 'thank', 'upcoming'] as const;
export type FollowUpRule = (typeof FOLLOW_UP_RULES)[number];

export interface SuggestedFollowUp {
  key: string;
  rule: FollowUpRule;
  /** Who to get back to: one person, both sides of an introduction, or who may be at an event. */
  personIds: readonly string[];
  /** When it is due (epoch ms); the Today view sorts and classifies by this. */
  dueAt: number;
  /** Hidden before this instant (e.g. a meeting's follow-up shows from the next day). */
  visibleFrom?: number;
  eventId?: string;
  introductionId?: string;
  shiftId?: string;
}

export interface FollowUpSettings {
  /** Rule 1: follow up on a meeting within this many days. */
  followUpWindowDays: number;
  /** Rule 3: check on an introduction this many days after it was made. */
  introductionCheckInDays: number;
}

export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpSettings = {
  followUpWindowDays: 3,
  introductionCheckInDays: 14,
};

/** Meetings and shifts older than this are not followed up by their own rule any more. */
export const RECENT_DAYS = 30;
/** "Coming up": due within this many days after today. */
export const COMING_UP_DAYS = 7;

const RULE_OF_KEY = new Map<string, FollowUpRule>(FOLLOW_UP_RULES.map((rule) => [rule, rule]));

/** The rule a stored key belongs to, or undefined for a key no rule makes (e.g. manual:…). */
export function ruleOfKey(key: string): FollowUpRule | undefined {
  return RULE_OF_KEY.get(key.slice(0, key.indexOf(':')));
}
