// Sample relationships, the kinds people state by hand: colleagues at the same company, people who
// know each other in the same city, and a few mentors, partners and "introduced me to". About one
// for every two people, one row per pair and kind, most ongoing, some ended. Drawn after every
// other generator, so adding them left the rest of a seed's data set as it was.
import type { Relationship, RelationshipKind, WritablePerson } from '../domain/entities';
import type { SampleRandom } from './sample-random';

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365 * DAY;

/** Of every 100 people: how many relationships of each kind, and how they pair people up. */
const PER_HUNDRED: readonly { kind: RelationshipKind; count: number; pairing: Pairing }[] = [
  { kind: 'works-with', count: 25, pairing: 'same-company' },
  { kind: 'knows', count: 20, pairing: 'same-city' },
  { kind: 'mentor-of', count: 2, pairing: 'same-city' },
  { kind: 'introduced-me-to', count: 2, pairing: 'anyone' },
  { kind: 'partner', count: 1, pairing: 'same-city' },
];

type Pairing = 'same-company' | 'same-city' | 'anyone';

function groupBy(people: readonly WritablePerson[], key: (person: WritablePerson) => string) {
  const groups = new Map<string, WritablePerson[]>();
  for (const person of people) {
    const group = groups.get(key(person));
    if (group) group.push(person);
    else groups.set(key(person), [person]);
  }
  return groups;
}

export function generateRelationships(
  random: SampleRandom,
  people: readonly WritablePerson[],
  now: number,
): Relationship[] {
  if (people.length < 2) return [];
  const groupsOf: Record<Pairing, Map<string, WritablePerson[]>> = {
    'same-company': groupBy(people, (person) => person.company),
    'same-city': groupBy(people, (person) => person.location),
    anyone: new Map([['', [...people]]]),
  };
  const seen = new Set<string>();
  const relationships: Relationship[] = [];
  for (const { kind, count, pairing } of PER_HUNDRED) {
    const wanted = Math.round((people.length * count) / 100);
    for (let made = 0, attempt = 0; made < wanted && attempt < wanted * 5; attempt++) {
      const from = random.pick(people);
      const group = groupsOf[pairing].get(
        pairing === 'same-company' ? from.company : pairing === 'same-city' ? from.location : '',
      );
      if (!group || group.length < 2) continue;
      const to = random.pick(group);
      const pair = from.id < to.id ? `${from.id}|${to.id}` : `${to.id}|${from.id}`;
      if (from.id === to.id || seen.has(`${pair}|${kind}`)) continue;
      seen.add(`${pair}|${kind}`);
      const since = now - random.between(30, 8 * 365) * DAY;
      const ended = kind === 'works-with' && random.chance(0.15);
      const until = ended ? Math.min(now - DAY, since + random.between(1, 4) * YEAR) : null;
      relationships.push({
        id: random.uuid(),
        fromId: from.id,
        toId: to.id,
        kind,
        note: '',
        since,
        until,
        createdAt: since,
        updatedAt: until ?? since,
        deletedAt: 0,
      });
      made++;
    }
  }
  return relationships;
}
