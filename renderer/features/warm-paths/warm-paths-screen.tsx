// "Who can introduce me?": a target picker and the warm paths to the target in the URL
// (/warm-paths?to=…, see warm-path-target.ts). A route of its own, loaded on demand, so the graph
// code never reaches the first start; the person page, the palette and the map link here.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { WarmPathTarget } from '../../../shared/network/warm-paths';
import { Screen } from '../../app/screen';
import '../../styles/warm-paths.css';
import { useTopicOptions } from '../people/use-filter-options';
import type { NetworkSnapshot } from './network-snapshot';
import { useNetworkSnapshot } from './use-network-snapshot';
import { WarmPathResults } from './warm-path-results';
import { formatWarmPathTarget, parseWarmPathTarget } from './warm-path-target';
import { WarmPathTargetPicker } from './warm-path-target-picker';

export function WarmPathsScreen() {
  const { t } = useTranslation('warm-paths');
  const [params, setParams] = useSearchParams();
  const to = params.get('to');
  const target = useMemo(() => parseWarmPathTarget(to), [to]);
  const state = useNetworkSnapshot();
  const snapshot = state.status === 'ready' ? state.snapshot : undefined;
  const targetLabel = useTargetLabel(target, snapshot);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (target === null) inputRef.current?.focus();
  }, [target]);

  return (
    <Screen title={t('title')} subtitle={targetLabel}>
      <div className="warm-paths">
        <WarmPathTargetPicker
          companies={snapshot?.companies}
          inputRef={inputRef}
          onChoose={(chosen) => setParams({ to: formatWarmPathTarget(chosen) })}
        />
        {target &&
          (snapshot ? (
            <WarmPathResults target={target} targetLabel={targetLabel ?? ''} snapshot={snapshot} />
          ) : (
            <p role="status">{t(state.status === 'failed' ? 'failed' : 'loading')}</p>
          ))}
      </div>
    </Screen>
  );
}

function useTargetLabel(
  target: WarmPathTarget | null,
  snapshot: NetworkSnapshot | undefined,
): string | undefined {
  const topics = useTopicOptions();
  if (target === null) return undefined;
  if (target.kind === 'company') return target.name;
  if (target.kind === 'topic') {
    return topics?.find((topic) => topic.key === target.key)?.label ?? target.key;
  }
  return snapshot?.graph.hasNode(target.personId)
    ? snapshot.graph.getNodeAttribute(target.personId, 'label')
    : undefined;
}
