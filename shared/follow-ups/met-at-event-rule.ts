// Rule 1: you met someone at an event and have logged nothing with them since: follow up within
// a few days (the window is a setting). It shows from the day after the meeting and is due on the
// window's last day. Only meetings of the last RECENT_DAYS days: older silences are the
// keep-in-touch rule's business. The input is each person's newest interaction (or any set of
// interactions that holds it: the newest of each person is what counts, see latest-interaction);
// the app reads it from the latestInteractions table, one index range on meetingAt.
import { LIVE } from '../domain/entities';
import { isNewerInteraction, type InteractionStamp } from './latest-interaction';
import { RECENT_DAYS, type SuggestedFollowUp } from './suggested-follow-up';
import type { ZonedCalendar } from './zoned-calendar';

export type RecentInteraction = InteractionStamp;

/** The first instant whose meetings this rule still follows up. */
export function recentSince(calendar: ZonedCalendar, now: number): number {
  return calendar.addDays(now, -RECENT_DAYS);
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
    if (!current || isNewerInteraction(interaction, current)) {
      newest.set(interaction.personId, interaction);
    }
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
    });
  }
  return suggestions;
}
