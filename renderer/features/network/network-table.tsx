// The map as a table, for screen readers and keyboard users: the people of the current view (the
// focused neighbourhood, or the people met most often), each with their ties to others in the
// view in words and the events the user met them at. Names open the person.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NetworkGraph } from '../../../shared/network/network-graph-types';
import type { NetworkEvent } from '../../../shared/network/network-source';
import { useFormatters } from '../../i18n/format';
import { tieInWords } from './tie-words';

/** Without a focus, the table lists this many people, those met most often first. */
export const TABLE_LIMIT = 200;
const EVENTS_LISTED = 3;

export interface TableRow {
  id: string;
  /** Ties from the focused person; null without a focus. */
  distance: number | null;
}

/** The rows: the neighbourhood by distance then name, or the most met people of the view. */
export function tableRows(
  graph: NetworkGraph,
  shown: ReadonlySet<string>,
  focus: ReadonlyMap<string, number> | null,
): TableRow[] {
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  if (focus) {
    return [...focus.entries()]
      .sort(([a, da], [b, db]) => da - db || label(a).localeCompare(label(b)))
      .map(([id, distance]) => ({ id, distance }));
  }
  const met = (id: string) => graph.getNodeAttribute(id, 'interactions');
  return [...shown]
    .sort((a, b) => met(b) - met(a) || label(a).localeCompare(label(b)))
    .slice(0, TABLE_LIMIT)
    .map((id) => ({ id, distance: null }));
}

interface NetworkTableProps {
  graph: NetworkGraph;
  rows: readonly TableRow[];
  events: ReadonlyMap<string, NetworkEvent>;
  focusName: string | null;
  limited: boolean;
}

export function NetworkTable({ graph, rows, events, focusName, limited }: NetworkTableProps) {
  const { t } = useTranslation('network');
  const { number } = useFormatters();
  const inView = new Set(rows.map((row) => row.id));
  return (
    <div className="network-table">
      {limited && (
        <p className="network-table__note">
          {t('table.limited', { formattedCount: number(TABLE_LIMIT) })}
        </p>
      )}
      <table>
        <caption>
          {focusName ? t('table.captionFocused', { name: focusName }) : t('table.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            {focusName && <th scope="col">{t('table.distance')}</th>}
            <th scope="col">{t('table.ties')}</th>
            <th scope="col">{t('table.events')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, distance }) => {
            const person = graph.getNodeAttributes(id);
            const ties = graph
              .mapEdges(id, (_edge, tie, source, target) => {
                const other = source === id ? target : source;
                return { other, tie };
              })
              .filter(({ other }) => inView.has(other))
              .map(({ other, tie }) =>
                t('ties.withPerson', {
                  kinds: tieInWords(tie, t),
                  name: graph.getNodeAttribute(other, 'label'),
                }),
              );
            const eventNames = person.eventIds
              .map((eventId) => events.get(eventId)?.name)
              .filter((name) => name !== undefined);
            return (
              <tr key={id}>
                <th scope="row">
                  <Link to={`/people/${id}`}>{person.label}</Link>
                </th>
                {focusName && (
                  <td>
                    {distance === 0
                      ? t('table.centre')
                      : t('table.steps', { count: distance ?? 0 })}
                  </td>
                )}
                <td>
                  {ties.length === 0 ? (
                    t('table.noTies')
                  ) : (
                    <ul className="network-table__ties">
                      {ties.map((words) => (
                        <li key={words}>{words}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {eventNames.slice(0, EVENTS_LISTED).join(', ')}
                  {eventNames.length > EVENTS_LISTED &&
                    ` ${t('table.moreEvents', { formattedCount: number(eventNames.length - EVENTS_LISTED) })}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
