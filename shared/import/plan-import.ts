// The import plan: for each record of a file, create a new person, merge into one already known,
// or skip. A record matches a live person, or an earlier row of the same file, by e-mail, then
// profile URL, then name, then reading (the keys of shared/people/derive-person-keys, so the
// people table's *emailKeys, *linkKeys and *nameKeys indexes find the candidates). Defaults: no
// match → create; a match → merge; a merge that would change nothing (see merge-draft) → skip,
// so importing the same file twice changes nothing. A row with attendance or a volunteer role is
// about an event as well as a person: it stays a merge even when the person is up to date, so
// that attaching the list to an event records it (the write skips what is already recorded).
import type { Person } from '../domain/entities';
import { derivePersonKeys, emailKey } from '../people/derive-person-keys';
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
  /** Normalised profile URLs of the state, to tell two namesakes apart. */
  linkKeys: Set<string>;
  /** Times of first interactions already recorded (or planned) for this person. */
  interactionTimes: Set<number>;
  /** Which target came first, to break ties. */
  order: number;
}

export interface PlanContext {
  topicKeyOf: TopicKeyOf;
  /** `${personId}|${at}` of the interactions the matched people already have. */
  knownInteractions?: ReadonlySet<string>;
}

/** Look-up keys of a person or draft, strongest first, each with how it matches. */
export function matchKeys(
  person: Pick<
    Person,
    'emails' | 'links' | 'nameReading' | 'displayName' | 'givenName' | 'familyName'
  >,
): { key: string; matchedBy: MatchedBy }[] {
  const keys = derivePersonKeys(person);
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
const MAX_NAMESAKES = 50;

function hostOf(linkKey: string): string {
  return linkKey.split('/', 1)[0]!;
}

/** Both have a profile on one site, and not the same one: two namesakes, not one person. */
function profilesConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const hosts = new Set([...a].map(hostOf));
  let sameSite = false;
  for (const key of b) {
    if (a.has(key)) return false;
    if (hosts.has(hostOf(key))) sameSite = true;
  }
  return sameSite;
}

function linkKeysOf(state: MergeTarget): Set<string> {
  return new Set(derivePersonKeys({ ...state }).linkKeys);
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
  rank(keys: { key: string; matchedBy: MatchedBy }[], linkKeys: Set<string>): Found[] {
    const scores = new Map<Target, { score: number; first: Found }>();
    for (const { key, matchedBy } of keys) {
      const targets = this.byKey.get(key) ?? [];
      const weak = matchedBy === 'name' || matchedBy === 'reading';
      if (weak && targets.length > MAX_NAMESAKES) continue;
      for (const target of targets) {
        const entry = scores.get(target);
        if (entry) entry.score += MATCH_WEIGHT[matchedBy];
        else if (!weak || !profilesConflict(target.linkKeys, linkKeys)) {
          scores.set(target, { score: MATCH_WEIGHT[matchedBy], first: { target, matchedBy, key } });
        }
      }
    }
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
        linkKeys: new Set(person.linkKeys),
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
    const keys = matchKeys(record.person);
    const state = draftAsTarget(record.person, context.topicKeyOf);
    const linkKeys = linkKeysOf(state);
    const candidates = index.rank(keys, linkKeys);
    if (candidates.length === 0) {
      const target: Target = {
        match: { target: 'row', line: record.line, displayName: record.person.displayName },
        state,
        linkKeys,
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
    const aboutAnEvent = record.attendance !== undefined || record.volunteer !== undefined;
    target.state = { ...target.state, ...changes };
    if (changes.links) target.linkKeys = linkKeysOf(target.state);
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
