// The preview's rows, virtualised (@tanstack/react-virtual): only the rows in view, plus a few,
// are in the DOM, so a 50,000-row file scrolls and changes decisions without delay. Each row's
// decision select is reachable with Tab; the list scrolls to keep the focused row in view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDecision, PlannedRow } from '../../../../shared/import/import-preview';
import { PlannedRowItem } from './planned-row-item';

const ROW_HEIGHT = 64;
const OVERSCAN = 8;

export function PlannedRowList({
  rows,
  decisionOf,
  onDecide,
}: {
  rows: readonly PlannedRow[];
  decisionOf(row: PlannedRow): ImportDecision;
  onDecide(line: number, decision: ImportDecision): void;
}) {
  const { t } = useTranslation('import');
  const scrollRef = useRef<HTMLDivElement>(null);

  // No React Compiler in this app: the virtualiser's own re-renders keep the list current.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });

  return (
    <div ref={scrollRef} className="import-rows">
      <div
        role="list"
        aria-label={t('preview.rowsLabel')}
        className="import-rows__canvas"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <PlannedRowItem
              key={row.line}
              row={row}
              decision={decisionOf(row)}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onDecide={onDecide}
            />
          );
        })}
      </div>
    </div>
  );
}
