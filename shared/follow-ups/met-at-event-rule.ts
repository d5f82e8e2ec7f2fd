// Rule 1: you met someone at an event and have logged nothing with them since: follow up within
// a few days (the window is a setting). It shows from the day after the meeting and is due on the
// window's last day. Only meetings of the last RECENT_DAYS days: older silences are the
// keep-in-touch rule's business. The input is the interactions of that period only; a later
// interaction with the same person is necessarily in it too, so "nothing since" needs no more.
import type { Interaction } from '../domain/entities';
import { LIVE } from '../domain/entities';
import { RECENT_DAYS, type SuggestedFollowUp } from './suggested-follow-up';
import type { ZonedCalendar } from './zoned-calendar';

export type RecentInteraction = Pick<
  Interaction,
  'id' | 'personId' | 'at' | 'kind' | 'eventId' | 'note' | 'deletedAt'
>;

/** The first instant whose meetings this rule still follows up. */
export function recentSince(calendar: ZonedCalendar, now: number): number {
  return calendar.addDays(now, -RECENT_DAYS);
}

/** Whether `candidate` is newer than `current`; at the same instant anything beats a meeting. */
function isNewer(candidate: RecentInteraction, current: RecentInteraction): boolean {
  if (candidate.at !== current.at) return candidate.at > current.at;
  return current.kind === 'met' && candidate.kind !== 'met';
}

export function metAtEventFollowUps(
  interactions: Iterable<RecentInteraction>,
  trashedPeople: ReadonlySet<string>,
  calendar: ZonedCalendar,
  now: number,
  windowDays: number,
): SuggestedFollowUp[] {
  const since = recentSince(calendar, now);
  const newest = new Map<string, RecentInteraction>();
  for (const interaction of interactions) {
    if (interaction.deletedAt !== LIVE) continue;
    const current = newest.get(interaction.personId);
    if (!current || isNewer(interaction, current)) newest.set(interaction.personId, interaction);
  }
  const suggestions: SuggestedFollowUp[] = [];
  for (const meeting of newest.values()) {
    if (meeting.kind !== 'met' || meeting.eventId === undefined || meeting.at < since) continue;
    if (trashedPeople.has(meeting.personId)) continue;
    suggestions.push({
      key: `met:${meeting.id}`,
      rule: 'met',
      personIds: [meeting.personId],
      visibleFrom: calendar.addDays(meeting.at, 1),
      dueAt: calendar.addDays(meeting.at, windowDays),
      eventId: meeting.eventId,
      lastNote: meeting.note,
    });
  }
  return suggestions;
}
