// Sample introductions: pairs where one person offers what the other asks for (the kind the
// suggestion engine proposes), in every status, with status dates that follow one another in
// time and are consistent with madeAt. One row per pair, stored ordered (aId < bId).
import type { Introduction, IntroductionStatus, WritablePerson } from '../domain/entities';
import type { SampleRandom } from './sample-random';
import type { CatalogueTopic } from './topic-catalogue';

const DAY = 24 * 60 * 60 * 1000;
const STATUS_PATH: readonly IntroductionStatus[] = ['idea', 'asked', 'made', 'connected'];
const OUTCOMES = ['They meet monthly now.', 'Hired as a contractor.', 'Started a side project.'];

function statusFor(random: SampleRandom): IntroductionStatus {
  const roll = random.next();
  if (roll < 0.25) return 'idea';
  if (roll < 0.4) return 'asked';
  if (roll < 0.7) return 'made';
  if (roll < 0.92) return 'connected';
  return 'declined';
}

function offeredBy(people: readonly WritablePerson[]): Map<string, WritablePerson[]> {
  const byTopic = new Map<string, WritablePerson[]>();
  for (const person of people) {
    for (const key of person.offers) {
      const list = byTopic.get(key) ?? [];
      list.push(person);
      byTopic.set(key, list);
    }
  }
  return byTopic;
}

export function generateIntroductions(
  random: SampleRandom,
  people: readonly WritablePerson[],
  count: number,
  labels: ReadonlyMap<string, CatalogueTopic>,
  now: number,
): Introduction[] {
  const offers = offeredBy(people);
  const seen = new Set<string>();
  const introductions: Introduction[] = [];
  for (let attempt = 0; introductions.length < count && attempt < count * 5; attempt++) {
    const asker = random.pick(people);
    if (asker.asks.length === 0) continue;
    const topic = random.pick(asker.asks);
    const candidates = offers.get(topic);
    if (!candidates) continue;
    const offerer = random.pick(candidates);
    const [aId, bId] = asker.id < offerer.id ? [asker.id, offerer.id] : [offerer.id, asker.id];
    if (aId === bId || seen.has(`${aId}|${bId}`)) continue;
    seen.add(`${aId}|${bId}`);
    const status = statusFor(random);
    const path =
      status === 'declined'
        ? ['idea', 'asked', 'declined']
        : STATUS_PATH.slice(0, STATUS_PATH.indexOf(status) + 1);
    const start = Math.max(asker.createdAt, offerer.createdAt);
    let at = start + random.int(Math.max(1, now - start));
    const statusDates: Introduction['statusDates'] = {};
    for (const step of path as IntroductionStatus[]) {
      statusDates[step] = Math.min(at, now);
      at += random.between(1, 20) * DAY;
    }
    const label = labels.get(topic)?.label ?? topic;
    introductions.push({
      id: random.uuid(),
      createdAt: statusDates.idea ?? start,
      updatedAt: statusDates[status] ?? start,
      deletedAt: 0,
      aId,
      bId,
      reason: `${offerer.displayName} offers ${label}; ${asker.displayName} is looking for it.`,
      status,
      statusDates,
      madeAt: statusDates.made ?? null,
      outcome: status === 'connected' ? random.pick(OUTCOMES) : '',
    });
  }
  return introductions;
}
