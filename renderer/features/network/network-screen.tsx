// The Network screen (issue 15, "Relationship map"): the map of who knows whom, its filters, a
// search box, the selected person with what can be done with them, and the same view as a table.
// Loaded on demand (renderer/app/routes.tsx), so sigma and graphology never reach the first start.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Combobox } from '../../app/combobox';
import { Screen } from '../../app/screen';
import { useFormatters } from '../../i18n/format';
import { findOnMap } from './find-on-map';
import { buildMapGraph, MAX_DRAWN_TIES } from './map-graph';
import { filterNetwork, neighbourhood, NO_FILTERS, type NetworkFilters } from './network-filters';
import { NetworkFiltersBar } from './network-filters-bar';
import { NetworkLegend } from './network-legend';
import { NetworkMap } from './network-map';
import { NetworkSelection } from './network-selection';
import { NetworkTable, tableRows, TABLE_LIMIT } from './network-table';
import { useNetwork } from './use-network';
import '../../styles/network.css';

export function NetworkScreen() {
  const { t } = useTranslation('network');
  const { number } = useFormatters();
  const navigate = useNavigate();
  const network = useNetwork();
  const [filters, setFilters] = useState<NetworkFilters>(NO_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [showTable, setShowTable] = useState(false);
  const [mapUnavailable, setMapUnavailable] = useState(false);
  const [searchText, setSearchText] = useState('');
  const canvasRef = useRef<HTMLDivElement>(null);

  const filtered = useMemo(
    () => network && filterNetwork(network.graph, filters, network.events, network.builtAt),
    [network, filters],
  );
  const view = useMemo(() => {
    if (!network || !filtered) return undefined;
    return buildMapGraph(network.graph, filtered, network.communities, network.positions);
  }, [network, filtered]);
  const focus = useMemo(() => {
    if (!network || !filtered || !focusId || !filtered.people.has(focusId)) return null;
    return neighbourhood(network.graph, focusId, filtered.people);
  }, [network, filtered, focusId]);
  const matches = useMemo(
    () => (network && filtered ? findOnMap(network.graph, filtered.people, searchText) : []),
    [network, filtered, searchText],
  );

  if (!network || !filtered || !view) {
    return (
      <Screen title={t('title')}>
        <p role="status">{t('loading')}</p>
      </Screen>
    );
  }
  const { graph } = network;
  const nameOf = (id: string | null) =>
    id && graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : null;
  const selected = selectedId && filtered.people.has(selectedId) ? selectedId : null;
  const focusName = focus ? nameOf(focusId) : null;
  const open = (id: string) => void navigate(`/people/${id}`);
  const chooseFromSearch = (id: string) => {
    if (focus && !focus.has(id)) setFocusId(null);
    setSelectedId(id);
    setSearchText('');
    canvasRef.current?.focus();
  };
  const rows = showTable || mapUnavailable ? tableRows(graph, filtered.people, focus) : [];
  const { map } = view;
  const ties = map.size + view.undrawn.length;

  return (
    <Screen title={t('title')} subtitle={t('subtitle')}>
      {graph.order === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="network-screen">
          <div className="network-screen__toolbar">
            <Combobox
              label={t('search.label')}
              listLabel={t('search.listLabel')}
              placeholder={t('search.placeholder')}
              value={searchText}
              options={matches}
              activeFirst
              className="network-screen__search"
              onChange={setSearchText}
              onChoose={(match) => chooseFromSearch(match.id)}
            />
            <label className="network-screen__table-toggle">
              <input
                type="checkbox"
                checked={showTable || mapUnavailable}
                disabled={mapUnavailable}
                onChange={(event) => setShowTable(event.target.checked)}
              />
              {t('table.show')}
            </label>
          </div>
          <NetworkFiltersBar
            filters={filters}
            topics={network.topics}
            events={network.events}
            onChange={setFilters}
          />
          <p className="network-screen__counts" data-testid="network-counts">
            {t('counts', {
              count: map.order,
              formattedPeople: number(map.order),
              formattedTies: number(ties),
            })}
            {view.undrawn.length > 0 &&
              ` ${t('tiesThinned', { formattedCount: number(MAX_DRAWN_TIES) })}`}
          </p>
          {filtered.people.size === 0 && <p>{t('noMatch')}</p>}
          <NetworkSelection
            selectedName={nameOf(selected)}
            selectedId={selected}
            focusName={focusName}
            onOpen={open}
            onFocus={setFocusId}
            onClearFocus={() => setFocusId(null)}
          />
          {mapUnavailable ? (
            <p role="alert">{t('map.webglMissing')}</p>
          ) : (
            <div className="network-screen__map">
              <NetworkMap
                view={view}
                network={graph}
                canvasRef={canvasRef}
                selectedId={selected}
                focus={focus}
                onSelect={setSelectedId}
                onOpen={open}
                onFocus={setFocusId}
                onClearFocus={() => setFocusId(null)}
                onLaidOut={(positions) => {
                  for (const [id, at] of positions) network.positions.set(id, at);
                }}
                onUnavailable={() => setMapUnavailable(true)}
              />
              <NetworkLegend />
            </div>
          )}
          {(showTable || mapUnavailable) && (
            <NetworkTable
              graph={graph}
              rows={rows}
              events={network.events}
              focusName={focusName}
              limited={!focus && filtered.people.size > TABLE_LIMIT}
            />
          )}
        </div>
      )}
    </Screen>
  );
}
