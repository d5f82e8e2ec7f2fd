// A warm path in words, as a person would say it: "You met Aoi at RustFest 2025; Aoi works with
// Bruno". The first clause is how the user knows the introducer, then one clause per piece of
// evidence on each tie: a stated relationship (mutual kinds read along the chain, directed kinds
// from the row's fromId to its toId, whichever way the chain runs), the user's introduction, the
// events both were at.
import type { TFunction } from 'i18next';
import { DIRECTED_RELATIONSHIP_KINDS } from '../../../shared/domain/entities';
import type { Tie } from '../../../shared/network/network-graph-types';
import type { WarmPath } from '../../../shared/network/warm-paths';
import type { NetworkSnapshot } from './network-snapshot';

type Context = Pick<NetworkSnapshot, 'graph' | 'events'>;

export function explainWarmPath(
  t: TFunction<'warm-paths'>,
  path: WarmPath,
  context: Context,
): string {
  const clauses = [introducerClause(t, path.introducerId, context)];
  for (const step of path.steps) clauses.push(...tieClauses(t, step, context));
  return t('explain.sentence', { clauses: clauses.join(t('explain.join')) });
}

function newestEvent(eventIds: readonly string[], { events }: Context) {
  let newest = undefined as ReturnType<Context['events']['get']>;
  for (const id of eventIds) {
    const event = events.get(id);
    if (event && (newest === undefined || event.startsAt > newest.startsAt)) newest = event;
  }
  return newest;
}

function introducerClause(t: TFunction<'warm-paths'>, id: string, context: Context): string {
  const node = context.graph.getNodeAttributes(id);
  const event = newestEvent(node.eventIds, context);
  return event
    ? t('explain.metAt', { name: node.label, event: event.name })
    : t('explain.metTimes', { name: node.label, count: node.interactions });
}

function tieClauses(
  t: TFunction<'warm-paths'>,
  step: { fromId: string; toId: string; tie: Tie },
  context: Context,
): string[] {
  const name = (id: string) => context.graph.getNodeAttribute(id, 'label');
  const a = name(step.fromId);
  const b = name(step.toId);
  const clauses = new Set<string>();
  for (const { kind, fromId, toId } of step.tie.relationships) {
    const [from, to] = DIRECTED_RELATIONSHIP_KINDS.has(kind) ? [name(fromId), name(toId)] : [a, b];
    clauses.add(t(`explain.relationship.${kind}`, { from, to }));
  }
  if (step.tie.introduction) clauses.add(t('explain.introduced', { a, b }));
  const event = newestEvent(step.tie.sharedEventIds, context);
  if (event) {
    const others = step.tie.sharedEventIds.length - 1;
    clauses.add(
      others > 0
        ? t('explain.sharedEvents', { a, b, event: event.name, count: others })
        : t('explain.sharedEvent', { a, b, event: event.name }),
    );
  }
  if (clauses.size === 0) clauses.add(t('explain.relationship.other', { from: a, to: b }));
  return [...clauses];
}
