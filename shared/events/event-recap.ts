// After an event: the introductions made there and the follow-ups it leaves. An introduction was
// made there when it was made on one of the event's days between two people met there, or when
// the reason it was suggested for names the event. A meeting there leaves a follow-up (the Today
// view's "met" rule, shared/follow-ups/met-at-event-rule) while nothing has been logged with the
// person since and the follow-up was not done or dismissed; a snoozed one is due when it was put
// off to.
import type { FollowUp, Interaction, Introduction } from '../domain/entities';
import { LIVE } from '../domain/entities';
import type { LatestInteraction } from '../follow-ups/latest-interaction';
import type { ZonedCalendar } from '../follow-ups/zoned-calendar';

export type RecapIntroduction = Pick<
  Introduction,
  'id' | 'aId' | 'bId' | 'madeAt' | 'reasonFacts' | 'deletedAt' | 'status'
>;

export interface EventDays {
  eventId: string;
  startsAt: number;
  endsAt: number | null;
}

/** The first instant of the event's first day and the end (exclusive) of its last. */
export function eventDayRange(event: EventDays, calendar: ZonedCalendar): [number, number] {
  const last = Math.max(event.startsAt, event.endsAt ?? event.startsAt);
  return [calendar.startOfDay(event.startsAt), calendar.addDays(last, 1)];
}

export function introductionsMadeAt<T extends RecapIntroduction>(
  event: EventDays,
  introductions: Iterable<T>,
  metThere: ReadonlySet<string>,
  calendar: ZonedCalendar,
): T[] {
  const [from, until] = eventDayRange(event, calendar);
  const made: T[] = [];
  for (const introduction of introductions) {
    if (introduction.deletedAt !== LIVE) continue;
    const { madeAt, aId, bId, reasonFacts } = introduction;
    const madeThere =
      madeAt !== null && madeAt >= from && madeAt < until && metThere.has(aId) && metThere.has(bId);
    const namesEvent = reasonFacts?.reasons.sharedUpcomingEventIds.includes(event.eventId) ?? false;
    if (madeThere || namesEvent) made.push(introduction);
  }
  return made.sort((a, b) => (a.madeAt ?? Infinity) - (b.madeAt ?? Infinity));
}

export interface RecapFollowUp {
  personId: string;
  interactionId: string;
  /** The rule key the Today view stores what the user did with it under. */
  key: string;
  metAt: number;
  dueAt: number;
}

export function followUpsFromEvent(
  meetings: Iterable<
    Pick<Interaction, 'id' | 'personId' | 'at' | 'kind' | 'eventId' | 'deletedAt'>
  >,
  eventId: string,
  latestByPerson: ReadonlyMap<string, Pick<LatestInteraction, 'interactionId'>>,
  storedByKey: ReadonlyMap<string, Pick<FollowUp, 'status' | 'dueAt'>>,
  calendar: ZonedCalendar,
  windowDays: number,
): RecapFollowUp[] {
  const due: RecapFollowUp[] = [];
  for (const meeting of meetings) {
    if (meeting.kind !== 'met' || meeting.eventId !== eventId || meeting.deletedAt !== LIVE) {
      continue;
    }
    if (latestByPerson.get(meeting.personId)?.interactionId !== meeting.id) continue;
    const key = `met:${meeting.id}`;
    const stored = storedByKey.get(key);
    if (stored && (stored.status === 'done' || stored.status === 'dismissed')) continue;
    due.push({
      personId: meeting.personId,
      interactionId: meeting.id,
      key,
      metAt: meeting.at,
      dueAt: stored?.status === 'snoozed' ? stored.dueAt : calendar.addDays(meeting.at, windowDays),
    });
  }
  return due.sort((a, b) => a.dueAt - b.dueAt || (a.personId < b.personId ? -1 : 1));
}
