// The Network screen's filters: topic, event or series, time range and "only people I met".
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../shared/domain/entities';
import type { NetworkEvent } from '../../../shared/network/network-source';
import {
  isFiltered,
  NO_FILTERS,
  TIME_RANGES,
  type EventFilter,
  type NetworkFilters,
  type TimeRange,
} from './network-filters';

interface NetworkFiltersBarProps {
  filters: NetworkFilters;
  topics: readonly Topic[];
  events: ReadonlyMap<string, NetworkEvent>;
  onChange(filters: NetworkFilters): void;
}

function eventValue(filter: EventFilter): string {
  if (!filter) return '';
  return filter.kind === 'event' ? `event:${filter.id}` : `series:${filter.name}`;
}

function parseEventValue(value: string): EventFilter {
  if (value.startsWith('event:')) return { kind: 'event', id: value.slice('event:'.length) };
  if (value.startsWith('series:')) return { kind: 'series', name: value.slice('series:'.length) };
  return null;
}

export function NetworkFiltersBar({ filters, topics, events, onChange }: NetworkFiltersBarProps) {
  const { t } = useTranslation('network');
  const id = useId();
  const sortedTopics = [...topics].sort((a, b) => a.label.localeCompare(b.label));
  const allEvents = [...events.values()].sort((a, b) => b.startsAt - a.startsAt);
  const series = [...new Set(allEvents.map((event) => event.series).filter((name) => name))].sort(
    (a, b) => a.localeCompare(b),
  );
  const set = (changes: Partial<NetworkFilters>) => onChange({ ...filters, ...changes });
  return (
    <fieldset className="network-filters">
      <legend>{t('filters.label')}</legend>
      <label htmlFor={`${id}-topic`}>{t('filters.topic')}</label>
      <select
        id={`${id}-topic`}
        value={filters.topic ?? ''}
        onChange={(event) => set({ topic: event.target.value || null })}
      >
        <option value="">{t('filters.anyTopic')}</option>
        {sortedTopics.map((topic) => (
          <option key={topic.key} value={topic.key}>
            {topic.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-event`}>{t('filters.event')}</label>
      <select
        id={`${id}-event`}
        value={eventValue(filters.event)}
        onChange={(event) => set({ event: parseEventValue(event.target.value) })}
      >
        <option value="">{t('filters.anyEvent')}</option>
        {series.length > 0 && (
          <optgroup label={t('filters.series')}>
            {series.map((name) => (
              <option key={name} value={`series:${name}`}>
                {name}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('filters.events')}>
          {allEvents.map((event) => (
            <option key={event.id} value={`event:${event.id}`}>
              {event.name}
            </option>
          ))}
        </optgroup>
      </select>
      <label htmlFor={`${id}-range`}>{t('filters.range')}</label>
      <select
        id={`${id}-range`}
        value={filters.range}
        onChange={(event) => set({ range: event.target.value as TimeRange })}
      >
        {TIME_RANGES.map((range) => (
          <option key={range} value={range}>
            {t(`filters.ranges.${range}`)}
          </option>
        ))}
      </select>
      <label className="network-filters__check">
        <input
          type="checkbox"
          checked={filters.onlyMet}
          onChange={(event) => set({ onlyMet: event.target.checked })}
        />
        {t('filters.onlyMet')}
      </label>
      {isFiltered(filters) && (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          {t('filters.clear')}
        </button>
      )}
    </fieldset>
  );
}
