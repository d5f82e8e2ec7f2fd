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
  /** Times of first interactions already recorded (or planned) for this person. */
  interactionTimes: Set<number>;
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

class TargetIndex {
  private readonly byKey = new Map<string, Target>();

  add(target: Target, keys: { key: string }[]): void {
    for (const { key } of keys) if (!this.byKey.has(key)) this.byKey.set(key, target);
  }

  find(
    keys: { key: string; matchedBy: MatchedBy }[],
  ): { target: Target; matchedBy: MatchedBy; key: string } | null {
    for (const { key, matchedBy } of keys) {
      const target = this.byKey.get(key);
      if (target) return { target, matchedBy, key };
    }
    return null;
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
    const times = new Set<number>();
    index.add(
      {
        match: { target: 'person', personId: person.id, displayName: person.displayName },
        state: { ...person },
        interactionTimes: times,
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
    const found = index.find(keys);
    if (!found) {
      const target: Target = {
        match: { target: 'row', line: record.line, displayName: record.person.displayName },
        state: draftAsTarget(record.person, context.topicKeyOf),
        interactionTimes: new Set(
          record.firstInteractionAt === undefined ? [] : [record.firstInteractionAt],
        ),
      };
      index.add(target, keys);
      return { ...record, decision: 'create', upToDate: false };
    }
    const { target, matchedBy, key } = found;
    const changes = mergeDraftChanges(target.state, record.person, context.topicKeyOf);
    const newInteraction =
      record.firstInteractionAt !== undefined && !isKnown(target, record.firstInteractionAt);
    const aboutAnEvent = record.attendance !== undefined || record.volunteer !== undefined;
    const upToDate = !hasChanges(changes) && !newInteraction;
    target.state = { ...target.state, ...changes };
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
