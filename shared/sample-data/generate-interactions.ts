// Sample interactions, about `perPerson` per person on average with a long tail (a few people
// you see all the time, most people once or twice). Everyone's first interaction is meeting them
// at a past event in their city; later ones are further meetings at later events there, or
// messages, calls, meetings and e-mails between that first meeting and `now`.
import type {
  HallwayEvent,
  Interaction,
  InteractionKind,
  WritablePerson,
} from '../domain/entities';
import type { SampleRandom } from './sample-random';

const FOLLOW_UP_KINDS: readonly InteractionKind[] = [
  'message',
  'email',
  'call',
  'meeting',
  'other',
];
const MET_NOTES = [
  'Talked about their current project.',
  'Chatted during the break.',
  'Met at the after-party.',
  'Asked a great question after the talk.',
  'Introduced by a friend.',
  '',
];
const FOLLOW_UP_NOTES = [
  'Sent the slides we talked about.',
  'Coffee chat.',
  'Caught up on their job search.',
  'Shared an article.',
  'Quick call about a side project.',
  '',
];

const YEAR = 365 * 24 * 60 * 60 * 1000;

/** Above 1: a few people get many of the extra interactions (a close friend: a few dozen). */
const SOCIABILITY_SKEW = 1.3;

/** How many interactions each person gets: everyone at least one while the total allows. */
function interactionCounts(random: SampleRandom, people: number, total: number): Int32Array {
  const counts = new Int32Array(people);
  if (people === 0) return counts;
  const base = Math.min(people, total);
  for (let index = 0; index < base; index++) counts[index] = 1;
  for (let extra = base; extra < total; extra++) {
    counts[Math.floor(people * random.next() ** SOCIABILITY_SKEW)]++;
  }
  return counts;
}

function eventLength(event: HallwayEvent): number {
  return Math.max(1, (event.endsAt ?? event.startsAt) - event.startsAt);
}

function pastEventsByLocation(events: readonly HallwayEvent[], now: number) {
  const byCity = new Map<string, HallwayEvent[]>();
  const all: HallwayEvent[] = [];
  for (const event of events) {
    if (event.startsAt > now) continue;
    all.push(event);
    const city = event.location.split(', ').pop() ?? event.location;
    const list = byCity.get(city) ?? [];
    list.push(event);
    byCity.set(city, list);
  }
  return { byCity, all };
}

export interface GeneratedInteractions {
  interactions: Interaction[];
  /** Per person, by index in the people array: first and newest interaction time, 0 if none. */
  firstAt: Float64Array;
  lastAt: Float64Array;
}

export function generateInteractions(
  random: SampleRandom,
  people: readonly WritablePerson[],
  events: readonly HallwayEvent[],
  total: number,
  now: number,
): GeneratedInteractions {
  const counts = interactionCounts(random, people.length, total);
  const past = pastEventsByLocation(events, now);
  const interactions: Interaction[] = [];
  const firstAt = new Float64Array(people.length);
  const lastAt = new Float64Array(people.length);
  people.forEach((person, index) => {
    const push = (at: number, kind: InteractionKind, note: string, eventId?: string) => {
      const row: Interaction = {
        id: random.uuid(),
        createdAt: at,
        updatedAt: at,
        deletedAt: 0,
        personId: person.id,
        at,
        kind,
        note,
      };
      if (eventId !== undefined) row.eventId = eventId;
      interactions.push(row);
      if (firstAt[index] === 0 || at < firstAt[index]) firstAt[index] = at;
      if (at > lastAt[index]) lastAt[index] = at;
    };
    const count = counts[index];
    if (count === 0) return;
    const local = past.byCity.get(person.location);
    const pool = local && local.length > 0 ? local : past.all;
    if (pool.length === 0) {
      const since = now - random.int(YEAR);
      for (let more = 0; more < count; more++) {
        const at = since + random.int(Math.max(1, now - since));
        push(at, random.pick(FOLLOW_UP_KINDS), random.pick(FOLLOW_UP_NOTES));
      }
      return;
    }
    const firstIndex = random.int(pool.length);
    const first = pool[firstIndex];
    const metAt = Math.min(now, first.startsAt + random.int(eventLength(first)));
    push(metAt, 'met', random.pick(MET_NOTES), first.id);
    for (let more = 1; more < count; more++) {
      const laterIndex = firstIndex + 1 + random.int(pool.length - firstIndex);
      if (laterIndex < pool.length && random.chance(0.4)) {
        const later = pool[laterIndex];
        const at = Math.min(now, later.startsAt + random.int(eventLength(later)));
        push(at, 'met', random.pick(MET_NOTES), later.id);
      } else {
        const at = metAt + random.int(Math.max(1, now - metAt));
        push(at, random.pick(FOLLOW_UP_KINDS), random.pick(FOLLOW_UP_NOTES));
      }
    }
  });
  return { interactions, firstAt, lastAt };
}
