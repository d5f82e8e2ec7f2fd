// Sample volunteer shifts at the events the user organizes: a handful of volunteers per event,
// drawn mostly from a pool of regulars in the event's city (so "who is reliable" and "who has
// not been asked in a while" have answers), with statuses that fit the event's date. Hours are
// the shift's length, as the volunteer shifts' writes compute them.
import type { HallwayEvent, WritablePerson, ShiftStatus, VolunteerShift } from '../domain/entities';
import type { SampleRandom } from './sample-random';

const HOUR = 60 * 60 * 1000;
const ROLES = ['Reception', 'MC', 'AV', 'Catering', 'Photography', 'Cleanup', 'Speaker liaison'];
const REGULARS = 30;

function pastStatus(random: SampleRandom): ShiftStatus {
  const roll = random.next();
  if (roll < 0.82) return 'attended';
  if (roll < 0.9) return 'no-show';
  return 'cancelled';
}

export function generateVolunteerShifts(
  random: SampleRandom,
  people: readonly WritablePerson[],
  events: readonly HallwayEvent[],
  now: number,
): VolunteerShift[] {
  const byCity = new Map<string, WritablePerson[]>();
  for (const person of people) {
    const list = byCity.get(person.location) ?? [];
    if (list.length < REGULARS * 4) list.push(person);
    byCity.set(person.location, list);
  }
  const shifts: VolunteerShift[] = [];
  for (const event of events) {
    if (event.myRole !== 'organizer') continue;
    const city = event.location.split(', ').pop() ?? '';
    const pool = byCity.get(city) ?? [];
    if (pool.length === 0) continue;
    const volunteers = new Set<WritablePerson>();
    const wanted = Math.min(pool.length, random.between(3, 8));
    while (volunteers.size < wanted) {
      const regular = random.chance(0.75);
      volunteers.add(pool[random.int(regular ? Math.min(REGULARS, pool.length) : pool.length)]);
    }
    for (const person of volunteers) {
      const startsAt = event.startsAt - HOUR;
      const endsAt = (event.endsAt ?? event.startsAt + 2 * HOUR) + HOUR / 2;
      const past = endsAt < now;
      const status = past ? pastStatus(random) : random.chance(0.6) ? 'confirmed' : 'invited';
      const createdAt = Math.min(now, event.createdAt + random.between(1, 7) * 24 * HOUR);
      shifts.push({
        id: random.uuid(),
        createdAt,
        updatedAt: past ? Math.min(now, endsAt + HOUR) : createdAt,
        deletedAt: 0,
        eventId: event.id,
        personId: person.id,
        role: random.pick(ROLES),
        startsAt,
        endsAt,
        status,
        hours: (endsAt - startsAt) / HOUR,
        note: '',
      });
    }
  }
  return shifts;
}
