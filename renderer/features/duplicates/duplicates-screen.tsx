// Find duplicates (/people/duplicates): the likely pairs across the whole database, strongest
// reasons first. Merge… opens the merge dialog (the older record is kept, every value can still
// be chosen); Not the same person remembers the pair so it is not offered again, with Undo.
// When a pair answered leaves the list, the keyboard goes on to the pair that took its place.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../app/database-context';
import { Screen } from '../../app/screen';
import { showToast } from '../../app/toasts/toast-store';
import {
  dismissDuplicatePair,
  undoDuplicateDismissal,
} from '../../data/writes/duplicate-dismissals-writes';
import { useFormatters } from '../../i18n/format';
import '../../styles/duplicates.css';
import { MergeDialog } from '../merge/merge-dialog';
import { DuplicatePairItem } from './duplicate-pair-item';
import { useDuplicatePairs, type ShownDuplicatePair } from './use-duplicate-pairs';

const pairKeyOf = (pair: ShownDuplicatePair) => `${pair.aId}/${pair.bId}`;

export function DuplicatesScreen() {
  const { t } = useTranslation('duplicates');
  const db = useDatabase();
  const format = useFormatters();
  const view = useDuplicatePairs();
  const [merging, setMerging] = useState<ShownDuplicatePair | null>(null);
  const answered = useRef<{ key: string; index: number } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const last = answered.current;
    if (last === null || view === undefined) return;
    if (view.pairs.some((pair) => pairKeyOf(pair) === last.key)) return;
    answered.current = null;
    const items = listRef.current?.querySelectorAll<HTMLElement>('.duplicate-pair button');
    const buttonsPerPair = 2;
    const index = Math.min(last.index, view.pairs.length - 1) * buttonsPerPair;
    items?.[index]?.focus();
  }, [view]);

  const remember = (pair: ShownDuplicatePair) => {
    answered.current = { key: pairKeyOf(pair), index: view?.pairs.indexOf(pair) ?? 0 };
  };

  const notSame = async (pair: ShownDuplicatePair) => {
    const { a, b } = pair;
    remember(pair);
    const names = { a: a.displayName, b: b.displayName };
    try {
      await dismissDuplicatePair(db, a.id, b.id);
      showToast({
        message: t('keptApart', names),
        action: { label: t('undo'), run: () => void undoDuplicateDismissal(db, a.id, b.id) },
      });
    } catch {
      showToast({ message: t('failed'), tone: 'error' });
    }
  };

  const [kept, other] =
    merging === null
      ? [null, null]
      : merging.a.createdAt <= merging.b.createdAt
        ? [merging.a, merging.b]
        : [merging.b, merging.a];

  return (
    <Screen title={t('title')}>
      <div className="trash-toolbar">
        <Link to="/people">{t('backToPeople')}</Link>
      </div>
      {view === undefined && <p className="screen__summary">{t('loading')}</p>}
      {view !== undefined && view.total === 0 && (
        <div className="empty-state">
          <h2 className="empty-state__title">{t('noneTitle')}</h2>
          <p className="empty-state__body">{t('noneBody')}</p>
        </div>
      )}
      {view !== undefined && view.total > 0 && (
        <>
          <p className="screen__summary" aria-live="polite">
            {t('summary', { count: view.total, formattedCount: format.number(view.total) })}
            {view.total > view.pairs.length &&
              ` ${t('showingFirst', {
                formattedShown: format.number(view.pairs.length),
                formattedCount: format.number(view.total),
              })}`}
          </p>
          <ul ref={listRef} className="duplicate-pairs" aria-label={t('listLabel')}>
            {view.pairs.map((pair) => (
              <DuplicatePairItem
                key={pairKeyOf(pair)}
                pair={pair}
                onMerge={() => setMerging(pair)}
                onNotSame={() => void notSame(pair)}
              />
            ))}
          </ul>
        </>
      )}
      {kept && other && (
        <MergeDialog
          kept={kept}
          otherId={other.id}
          onClose={() => {
            remember(merging!);
            setMerging(null);
          }}
        />
      )}
    </Screen>
  );
}
