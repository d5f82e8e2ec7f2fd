// Above the People list: the sort order and the filters (topic, event, company, not contacted
// for N months), all UI state in the people-list store. "Clear filters" also resets the text
// the choosers hold, by mounting them afresh.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportPeopleButton } from '../export/export-people-button';
import { EventFilter } from './event-filter';
import { hasFilters, PEOPLE_SORTS, type PeopleSort } from './people-list-query';
import {
  changePeopleFilters,
  clearPeopleFilters,
  setPeopleSort,
  usePeopleListStore,
} from './people-list-store';
import { TopicFilter } from './topic-filter';

const NOT_CONTACTED_MONTHS = [1, 3, 6, 12, 24];

export function PeopleToolbar() {
  const { t } = useTranslation('people');
  const sort = usePeopleListStore((state) => state.sort);
  const filters = usePeopleListStore((state) => state.filters);
  const [generation, setGeneration] = useState(0);

  return (
    <div className="people-toolbar" role="group" aria-label={t('filters.label')}>
      <label className="people-filter__label">
        {t('sortLabel')}
        <select
          className="people-filter__select"
          value={sort}
          onChange={(event) => setPeopleSort(event.target.value as PeopleSort)}
        >
          {PEOPLE_SORTS.map((option) => (
            <option key={option} value={option}>
              {t(`sort.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <TopicFilter
        key={`topic-${generation}`}
        value={filters.topic}
        onChange={(topic) => changePeopleFilters({ topic })}
      />
      <EventFilter
        key={`event-${generation}`}
        eventId={filters.eventId}
        onChange={(eventId) => changePeopleFilters({ eventId })}
      />
      <label className="people-filter__label">
        {t('filters.company')}
        <input
          type="search"
          className="people-filter__input"
          value={filters.company}
          placeholder={t('filters.companyPlaceholder')}
          onChange={(event) => changePeopleFilters({ company: event.target.value })}
        />
      </label>
      <label className="people-filter__label">
        {t('filters.notContacted')}
        <select
          className="people-filter__select"
          value={filters.notContactedMonths ?? ''}
          onChange={(event) =>
            changePeopleFilters({
              notContactedMonths: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          <option value="">{t('filters.notContactedAny')}</option>
          {NOT_CONTACTED_MONTHS.map((months) => (
            <option key={months} value={months}>
              {t('filters.months', { count: months })}
            </option>
          ))}
        </select>
      </label>
      <label className="people-filter__label people-filter__label--checkbox">
        <input
          type="checkbox"
          checked={filters.introducedByMe}
          onChange={(event) => changePeopleFilters({ introducedByMe: event.target.checked })}
        />
        {t('filters.introducedByMe')}
      </label>
      {hasFilters(filters) && (
        <button
          type="button"
          className="button people-toolbar__clear"
          onClick={() => {
            clearPeopleFilters();
            setGeneration((value) => value + 1);
          }}
        >
          {t('filters.clear')}
        </button>
      )}
      <ExportPeopleButton />
    </div>
  );
}
