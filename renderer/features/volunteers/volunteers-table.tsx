// The Volunteers table: a virtualised grid (only the rows in view are in the DOM, as in the People
// list) under a header whose column buttons sort it — click or Enter/Space on a header, again to
// flip the direction; aria-sort says which. The body is one tab stop: arrows, Page Up/Down, Home
// and End move the selection, Enter opens the person's page.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  VOLUNTEER_SORT_COLUMNS,
  type VolunteerSort,
  type VolunteerSortColumn,
  type VolunteerTableRow,
} from '../../../shared/volunteers/volunteer-table';
import { useVolunteerCellFormat } from './volunteer-cell-format';

const ROW_HEIGHT = 48;
const PAGE_KEYS_STEP = 10;

const ARIA_SORT = { ascending: 'ascending', descending: 'descending' } as const;

function nextIndex(key: string, current: number, count: number): number | null {
  const moves: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    PageDown: current + PAGE_KEYS_STEP,
    PageUp: current - PAGE_KEYS_STEP,
    Home: 0,
    End: count - 1,
  };
  const target = moves[key];
  return target === undefined ? null : Math.min(Math.max(target, 0), count - 1);
}

export function volunteerRowId(personId: string): string {
  return `volunteer-row-${personId}`;
}

export function VolunteersTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly VolunteerTableRow[];
  sort: VolunteerSort;
  onSort(column: VolunteerSortColumn): void;
}) {
  const { t } = useTranslation('volunteers');
  const navigate = useNavigate();
  const format = useVolunteerCellFormat();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selectedIndex =
    selectedId === null ? -1 : rows.findIndex((row) => row.personId === selectedId);

  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const open = (row: VolunteerTableRow) =>
    void navigate(`/people/${encodeURIComponent(row.personId)}`);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    const target = nextIndex(event.key, Math.max(selectedIndex, 0), rows.length);
    if (target !== null) {
      event.preventDefault();
      const index = selectedIndex < 0 && event.key !== 'End' ? 0 : target;
      setSelectedId(rows[index]!.personId);
      virtualizer.scrollToIndex(index, { align: 'auto' });
    } else if (event.key === 'Enter' && selectedIndex >= 0) {
      event.preventDefault();
      open(rows[selectedIndex]!);
    }
  };

  return (
    <div
      className="volunteers-table"
      role="grid"
      aria-label={t('table.label')}
      aria-rowcount={rows.length + 1}
    >
      <div role="rowgroup" className="volunteers-table__head">
        <div role="row" aria-rowindex={1} className="volunteers-table__row">
          {VOLUNTEER_SORT_COLUMNS.map((column) => (
            <div
              key={column}
              role="columnheader"
              className={`volunteers-table__cell volunteers-table__cell--${column}`}
              aria-sort={sort.column === column ? ARIA_SORT[sort.direction] : 'none'}
            >
              <button
                type="button"
                className="volunteers-table__sort"
                onClick={() => onSort(column)}
              >
                {t(`columns.${column}`)}
                <span className="volunteers-table__arrow" aria-hidden="true">
                  {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </div>
          ))}
        </div>
      </div>
      <div
        ref={scrollRef}
        role="rowgroup"
        className="volunteers-table__body"
        tabIndex={0}
        aria-label={t('table.bodyLabel')}
        aria-activedescendant={
          selectedIndex >= 0 ? volunteerRowId(rows[selectedIndex]!.personId) : undefined
        }
        onKeyDown={onKeyDown}
      >
        <div className="volunteers-table__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={row.personId}
                id={volunteerRowId(row.personId)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={row.personId === selectedId}
                className="volunteers-table__row volunteers-table__row--body"
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setSelectedId(row.personId);
                  open(row);
                }}
              >
                <div
                  role="gridcell"
                  className="volunteers-table__cell volunteers-table__cell--name"
                >
                  <span className="volunteers-table__name">{row.displayName}</span>
                  {row.nameReading.trim() !== '' && (
                    <span className="volunteers-table__reading">{row.nameReading}</span>
                  )}
                </div>
                <div
                  role="gridcell"
                  className="volunteers-table__cell volunteers-table__cell--events"
                >
                  {format.count(row.eventsVolunteered)}
                </div>
                <div
                  role="gridcell"
                  className="volunteers-table__cell volunteers-table__cell--hours"
                >
                  {format.hours(row.totalHours)}
                </div>
                <div
                  role="gridcell"
                  className="volunteers-table__cell volunteers-table__cell--reliability"
                >
                  {format.reliability(row.reliability)}
                </div>
                <div
                  role="gridcell"
                  className="volunteers-table__cell volunteers-table__cell--lastVolunteered"
                >
                  {format.date(row.lastVolunteeredAt)}
                </div>
                <div
                  role="gridcell"
                  className="volunteers-table__cell volunteers-table__cell--roles"
                >
                  {format.roles(row.roles)}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
