// The Today view from its inputs: every rule, then what the user did with each suggestion, then
// the three sections. The inputs are gathered from narrow index ranges by the renderer
// (renderer/features/follow-ups/read-today-page.ts); everything here is pure and synchronous.
import { applyStoredActions, type StoredAction } from './apply-stored-actions';
import { classifyFollowUps, type TodayFollowUps } from './classify-follow-ups';
import { introductionCheckIns, type MadeIntroduction } from './introduction-check-in-rule';
import { keepInTouchFollowUps, type ContactDueRow } from './keep-in-touch-rule';
import { metAtEventFollowUps, type RecentInteraction } from './met-at-event-rule';
import type { FollowUpSettings } from './suggested-follow-up';
import { upcomingEventFollowUps, type ScheduledEvent } from './upcoming-event-rule';
import { volunteerThanks, type EndedShift } from './volunteer-thanks-rule';
import type { ZonedCalendar } from './zoned-calendar';

export interface TodayInputs {
  trashedPeople: ReadonlySet<string>;
  newestInteractions: readonly RecentInteraction[];
  contactsDue: readonly ContactDueRow[];
  madeIntroductions: readonly MadeIntroduction[];
  endedShifts: readonly EndedShift[];
  upcomingEvents: readonly ScheduledEvent[];
  attendeesByEvent: ReadonlyMap<string, readonly string[]>;
  storedActions: readonly StoredAction[];
}

export function computeToday(
  inputs: TodayInputs,
  settings: FollowUpSettings,
  calendar: ZonedCalendar,
  now: number,
): TodayFollowUps {
  const suggestions = [
    ...metAtEventFollowUps(
      inputs.newestInteractions,
      inputs.trashedPeople,
      calendar,
      now,
      settings.followUpWindowDays,
    ),
    ...keepInTouchFollowUps(inputs.contactsDue, calendar),
    ...introductionCheckIns(
      inputs.madeIntroductions,
      inputs.trashedPeople,
      calendar,
      settings.introductionCheckInDays,
    ),
    ...volunteerThanks(inputs.endedShifts, inputs.trashedPeople, calendar, now),
    ...upcomingEventFollowUps(inputs.upcomingEvents, inputs.attendeesByEvent, calendar, now),
  ];
  return classifyFollowUps(
    applyStoredActions(suggestions, inputs.storedActions, now),
    calendar,
    now,
  );
}
