// The import plan: for each record of a file, create a new person, merge into one already known,
// or skip. A record matches a live person, or an earlier row of the same file, by e-mail, then
// profile URL, then name, then reading (the keys of shared/people/derive-person-keys, so the
// people table's *emailKeys, *linkKeys and *nameKeys indexes find the candidates). Defaults: no
// match → create; a match → merge; a merge that would change nothing (see merge-draft) → skip,
// so importing the same file twice changes nothing. A row with attendance or a volunteer role is
// about an event as well as a person: it stays a merge even when the person is up to date, so
// that attaching the list to an event records it (the write skips what is already recorded).
import type { Person } from '../domain/entities';
import { derivePersonKeys, emailKey, type DerivedPersonKeys } from '../people/derive-person-keys';
import { normaliseProfileUrl } from '../people/normalise-profile-url';
import type { ImportRecord } from './import-record';
import type { ImportMatch, MatchedBy, MatchTarget, PlannedRow } from './import-preview';
import {
  draftAsTarget,
  hasChanges,
  mergeDraftChanges,
  type MergeTarget,
  type TopicKeyOf,
} from './merge-draft';

interface Target {
  match: MatchTarget;
  state: MergeTarget;
  /** Profile URLs of the state, to tell two namesakes apart. */
  profiles: Profiles;
  /** Times of first interactions already recorded (or planned) for this person. */
  interactionTimes: Set<number>;
  /** Which target came first, to break ties. */
  order: number;
}

export interface PlanContext {
  topicKeyOf: TopicKeyOf;
  /** `${personId}|${at}` of the interactions the matched people already have. */
  knownInteractions?: ReadonlySet<string>;
  /** Every row is about an event (a plain CSV list of attendees), not only those with a status. */
  everyRowAboutAnEvent?: boolean;
}

/** Look-up keys of a person or draft (see derivePersonKeys), strongest first, with their kind. */
export function matchKeys(
  keys: Pick<DerivedPersonKeys, 'emailKeys' | 'linkKeys' | 'nameKeys'>,
): { key: string; matchedBy: MatchedBy }[] {
  return [
    ...keys.emailKeys.map((key) => ({ key: `e:${key}`, matchedBy: 'email' as const })),
    ...keys.linkKeys.map((key) => ({ key: `l:${key}`, matchedBy: 'profile-url' as const })),
    ...keys.nameKeys.map((key) => ({
      key,
      matchedBy: key.startsWith('r:') ? ('reading' as const) : ('name' as const),
    })),
  ];
}

/** The matched value as written on the target: its e-mail, URL, name or reading. */
function matchedValue(state: MergeTarget, matchedBy: MatchedBy, key: string): string {
  if (matchedBy === 'email') {
    return state.emails.find((email) => `e:${emailKey(email)}` === key) ?? key.slice(2);
  }
  if (matchedBy === 'profile-url') {
    return state.links.find((link) => `l:${normaliseProfileUrl(link)}` === key) ?? key.slice(2);
  }
  return matchedBy === 'reading' ? state.nameReading : state.displayName;
}

/** How much each kind of match counts, as findProbableDuplicates ranks them. */
const MATCH_WEIGHT: Record<MatchedBy, number> = { email: 8, 'profile-url': 8, name: 3, reading: 2 };
/**
 * Candidates weighed for each row: the best-matching one, unless one of the next few already holds
 * everything the row says (then the row is up to date there, not a change to another namesake).
 */
const MAX_WEIGHED = 5;
/** A name shared by more people than this identifies nobody: it is not used to match. */
const MAX_NAMESAKES = 20;

interface Profiles {
  keys: ReadonlySet<string>;
  hosts: ReadonlySet<string>;
  /** Each key with its host, to compare without splitting again. */
  entries: readonly (readonly [key: string, host: string])[];
}

function hostOf(linkKey: string): string {
  return linkKey.split('/', 1)[0]!;
}

function profilesOf(linkKeys: readonly string[]): Profiles {
  const entries = linkKeys.map((key) => [key, hostOf(key)] as const);
  return { keys: new Set(linkKeys), hosts: new Set(entries.map(([, host]) => host)), entries };
}

/** Both have a profile on one site, and not the same one: two namesakes, not one person. */
function profilesConflict(a: Profiles, b: Profiles): boolean {
  if (a.keys.size === 0 || b.keys.size === 0) return false;
  let sameSite = false;
  for (const [key, host] of b.entries) {
    if (a.keys.has(key)) return false;
    if (a.hosts.has(host)) sameSite = true;
  }
  return sameSite;
}

interface Found {
  target: Target;
  matchedBy: MatchedBy;
  key: string;
}

class TargetIndex {
  private readonly byKey = new Map<string, Target[]>();
  private count = 0;

  nextOrder(): number {
    return this.count++;
  }

  add(target: Target, keys: { key: string }[]): void {
    for (const { key } of keys) {
      const targets = this.byKey.get(key);
      if (!targets) this.byKey.set(key, [target]);
      else if (!targets.includes(target) && targets.length <= MAX_NAMESAKES) targets.push(target);
    }
  }

  /** The targets the keys point at, most strongly first; ties go to the earliest. */
  rank(keys: { key: string; matchedBy: MatchedBy }[], profiles: Profiles): Found[] {
    const scores = new Map<Target, { score: number; first: Found }>();
    for (const { key, matchedBy } of keys) {
      const targets = this.byKey.get(key);
      const weak = matchedBy === 'name' || matchedBy === 'reading';
      if (!targets || (weak && targets.length > MAX_NAMESAKES)) continue;
      for (const target of targets) {
        const entry = scores.get(target);
        if (entry) entry.score += MATCH_WEIGHT[matchedBy];
        else if (!weak || !profilesConflict(target.profiles, profiles)) {
          scores.set(target, { score: MATCH_WEIGHT[matchedBy], first: { target, matchedBy, key } });
        }
      }
    }
    if (scores.size === 0) return [];
    return [...scores.values()]
      .sort((a, b) => b.score - a.score || a.first.target.order - b.first.target.order)
      .map((entry) => entry.first);
  }
}

export function planImport(
  records: readonly ImportRecord[],
  existing: readonly Person[],
  context: PlanContext,
): PlannedRow[] {
  const index = new TargetIndex();
  for (const person of existing) {
    if (person.deletedAt !== 0) continue;
    index.add(
      {
        match: { target: 'person', personId: person.id, displayName: person.displayName },
        state: { ...person },
        profiles: profilesOf(person.linkKeys),
        interactionTimes: new Set(),
        order: index.nextOrder(),
      },
      matchKeys(person),
    );
  }
  const isKnown = (target: Target, at: number) =>
    target.interactionTimes.has(at) ||
    (target.match.target === 'person' &&
      context.knownInteractions?.has(`${target.match.personId}|${at}`) === true);

  return records.map((record): PlannedRow => {
    const derived = derivePersonKeys(record.person);
    const keys = matchKeys(derived);
    const profiles = profilesOf(derived.linkKeys);
    const candidates = index.rank(keys, profiles);
    if (candidates.length === 0) {
      const target: Target = {
        match: { target: 'row', line: record.line, displayName: record.person.displayName },
        state: draftAsTarget(record.person, context.topicKeyOf),
        profiles,
        interactionTimes: new Set(
          record.firstInteractionAt === undefined ? [] : [record.firstInteractionAt],
        ),
        order: index.nextOrder(),
      };
      index.add(target, keys);
      return { ...record, decision: 'create', upToDate: false };
    }
    const weighed = candidates.slice(0, MAX_WEIGHED).map((found) => {
      const changes = mergeDraftChanges(found.target.state, record.person, context.topicKeyOf);
      const newInteraction =
        record.firstInteractionAt !== undefined &&
        !isKnown(found.target, record.firstInteractionAt);
      return { found, changes, upToDate: !hasChanges(changes) && !newInteraction };
    });
    const { found, changes, upToDate } = weighed.find((option) => option.upToDate) ?? weighed[0]!;
    const { target, matchedBy, key } = found;
    const aboutAnEvent =
      context.everyRowAboutAnEvent === true ||
      record.attendance !== undefined ||
      record.volunteer !== undefined;
    target.state = { ...target.state, ...changes };
    if (changes.links) target.profiles = profilesOf(derivePersonKeys(target.state).linkKeys);
    if (record.firstInteractionAt !== undefined)
      target.interactionTimes.add(record.firstInteractionAt);
    index.add(target, keys);
    const match: ImportMatch = {
      ...target.match,
      matchedBy,
      value: matchedValue(target.state, matchedBy, key),
    };
    return {
      ...record,
      decision: upToDate && !aboutAnEvent ? 'skip' : 'merge',
      match,
      upToDate,
    };
  });
}
