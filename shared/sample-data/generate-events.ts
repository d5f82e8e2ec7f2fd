// Sample events: the requested number spread over the event series of the catalogue in
// proportion to how often each series meets, over the four years before `now` plus a few
// upcoming months (so the Today view has upcoming events to show).
import type { HallwayEvent } from '../domain/entities';
import { EVENT_SERIES, type SampleEventSeries } from './community-catalogue';
import type { SampleRandom } from './sample-random';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const HISTORY = 4 * 365 * DAY;
const UPCOMING = 90 * DAY;

const VENUES = ['Community Hall', 'Tech Hub', 'Coworking Space', 'University Campus', 'Office'];

function seriesShares(count: number): number[] {
  const rates = EVENT_SERIES.map((series) => 1 / series.everyMonths);
  const total = rates.reduce((sum, rate) => sum + rate, 0);
  const shares = rates.map((rate) => Math.max(1, Math.floor((count * rate) / total)));
  let assigned = shares.reduce((sum, share) => sum + share, 0);
  for (let index = 0; assigned !== count; index = (index + 1) % shares.length) {
    if (assigned < count) {
      shares[index]++;
      assigned++;
    } else if (shares[index] > 0) {
      shares[index]--;
      assigned--;
    }
  }
  return shares;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Yearly series are named by year, as long as there is at most one event a year. */
function eventName(series: SampleEventSeries, sequence: number, share: number, startsAt: number) {
  if (series.everyMonths >= 12 && share <= 5)
    return `${series.name} ${new Date(startsAt).getUTCFullYear()}`;
  return `${series.name} #${sequence}`;
}

export function generateEvents(random: SampleRandom, count: number, now: number): HallwayEvent[] {
  const events: HallwayEvent[] = [];
  const start = now - HISTORY;
  const span = HISTORY + UPCOMING;
  const shares = seriesShares(count);
  EVENT_SERIES.forEach((series, seriesIndex) => {
    const share = shares[seriesIndex];
    const venue = random.pick(VENUES);
    for (let sequence = 1; sequence <= share; sequence++) {
      const slot = start + ((sequence - 0.5) / share) * span;
      const day = Math.floor((slot + random.between(-3, 3) * DAY) / DAY) * DAY;
      const startsAt = day + random.between(9, 11) * HOUR;
      const createdAt = Math.min(startsAt - random.between(7, 40) * DAY, now);
      const location = series.city === 'Online' ? 'Online' : `${venue}, ${series.city}`;
      events.push({
        id: random.uuid(),
        createdAt,
        updatedAt: createdAt,
        deletedAt: 0,
        name: eventName(series, sequence, share, startsAt),
        series: series.name,
        kind: series.kind,
        startsAt,
        endsAt: startsAt + series.hours * HOUR,
        location,
        url: `https://events.example/${slug(series.name)}/${sequence}`,
        myRole: series.myRole,
        notes: '',
      });
    }
  });
  return events.sort((a, b) => a.startsAt - b.startsAt);
}
