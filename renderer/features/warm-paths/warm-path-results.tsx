// The answer for one target: who the user already knows there, then each chain best first — its
// people as links (you → introducer → … → target) and its explanation — or the empty state.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  findWarmPaths,
  type WarmPath,
  type WarmPathTarget,
} from '../../../shared/network/warm-paths';
import { explainWarmPath } from './explain-warm-path';
import type { NetworkSnapshot } from './network-snapshot';

const CHAINS_SHOWN = 5;
const KNOWN_NAMED = 5;
/** Where the names go in the translated sentence (an invisible separator, never in a name). */
const NAMES_SLOT = '\u2063';

const personHref = (id: string) => `/people/${encodeURIComponent(id)}`;

export function WarmPathResults({
  target,
  targetLabel,
  snapshot,
}: {
  target: WarmPathTarget;
  targetLabel: string;
  snapshot: Pick<NetworkSnapshot, 'graph' | 'events' | 'index' | 'builtAt'>;
}) {
  const { t } = useTranslation('warm-paths');
  const { targetIds, knownTargetIds, paths } = useMemo(
    () =>
      findWarmPaths(snapshot.graph, target, {
        now: snapshot.builtAt,
        limit: CHAINS_SHOWN,
        index: snapshot.index,
      }),
    [snapshot, target],
  );
  const label = (id: string) => snapshot.graph.getNodeAttribute(id, 'label');

  if (targetIds.length === 0) {
    return <p role="status">{t('noSuchTarget', { target: targetLabel })}</p>;
  }
  return (
    <div className="warm-paths__results">
      {knownTargetIds.length > 0 && <KnownTargets ids={knownTargetIds} label={label} />}
      {paths.length > 0 ? (
        <ol className="warm-paths__chains" aria-label={t('resultsLabel', { target: targetLabel })}>
          {paths.map((path) => (
            <li key={path.introducerId} className="warm-paths__chain">
              <WarmPathChain path={path} snapshot={snapshot} />
            </li>
          ))}
        </ol>
      ) : (
        knownTargetIds.length < targetIds.length && (
          <div className="empty-state" role="status">
            <h2 className="empty-state__title">{t('empty.title', { target: targetLabel })}</h2>
            <p className="empty-state__body">{t('empty.hint')}</p>
          </div>
        )
      )}
    </div>
  );
}

/** "You already know Aoi, Bruno and 3 others": the first few as links to their pages. */
function KnownTargets({ ids, label }: { ids: readonly string[]; label(id: string): string }) {
  const { t, i18n } = useTranslation('warm-paths');
  const shown = ids.slice(0, KNOWN_NAMED);
  const others = ids.length - shown.length;
  const items = [...shown.map(label), ...(others > 0 ? [t('others', { count: others })] : [])];
  const parts = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).formatToParts(items);
  let item = 0;
  const names = parts.map((part, index) => {
    if (part.type === 'literal') return part.value;
    const id = shown[item++];
    return id === undefined ? (
      part.value
    ) : (
      <Link key={index} to={personHref(id)}>
        {part.value}
      </Link>
    );
  });
  const [before, after] = t('known', { names: NAMES_SLOT }).split(NAMES_SLOT);
  return (
    <p className="warm-paths__known">
      {before}
      {names}
      {after}
    </p>
  );
}

function WarmPathChain({
  path,
  snapshot,
}: {
  path: WarmPath;
  snapshot: Pick<NetworkSnapshot, 'graph' | 'events'>;
}) {
  const { t } = useTranslation('warm-paths');
  const label = (id: string) => snapshot.graph.getNodeAttribute(id, 'label');
  const targetName = label(path.personIds[path.personIds.length - 1]);
  return (
    <article
      className="warm-path"
      aria-label={t('chain.heading', { name: label(path.introducerId) })}
    >
      <h2 className="warm-path__heading">
        {t('chain.heading', { name: label(path.introducerId) })}{' '}
        <span className="muted">· {t('chain.hops', { count: path.hops })}</span>
      </h2>
      <ol className="warm-path__people" aria-label={t('chain.stepsLabel', { target: targetName })}>
        <li className="warm-path__person">{t('chain.you')}</li>
        {path.personIds.map((id) => (
          <li key={id} className="warm-path__person">
            <Link to={personHref(id)}>{label(id)}</Link>
          </li>
        ))}
      </ol>
      <p className="warm-path__explanation">{explainWarmPath(t, path, snapshot)}</p>
    </article>
  );
}
