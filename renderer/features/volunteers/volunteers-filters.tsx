// The Volunteers table's filters: part of a name (or reading), a role done, and how reliable at
// least ("always came" is 100 %: never a no-show, never left confirmed).
import { useTranslation } from 'react-i18next';
import type { VolunteerFilter } from '../../../shared/volunteers/volunteer-table';
import { useVolunteerCellFormat } from './volunteer-cell-format';

const RELIABILITY_CHOICES = [0.5, 0.8, 1] as const;

export function VolunteersFilters({
  filter,
  roles,
  onChange,
}: {
  filter: VolunteerFilter;
  roles: readonly string[];
  onChange(filter: VolunteerFilter): void;
}) {
  const { t } = useTranslation('volunteers');
  const format = useVolunteerCellFormat();
  return (
    <div className="volunteers-filters" role="search" aria-label={t('filters.label')}>
      <label className="volunteers-filters__field">
        <span>{t('filters.name')}</span>
        <input
          type="search"
          value={filter.text}
          placeholder={t('filters.namePlaceholder')}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </label>
      <label className="volunteers-filters__field">
        <span>{t('filters.role')}</span>
        <select
          value={filter.role ?? ''}
          onChange={(event) => onChange({ ...filter, role: event.target.value || null })}
        >
          <option value="">{t('filters.anyRole')}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {format.role(role)}
            </option>
          ))}
        </select>
      </label>
      <label className="volunteers-filters__field">
        <span>{t('filters.reliability')}</span>
        <select
          value={filter.minReliability ?? ''}
          onChange={(event) =>
            onChange({
              ...filter,
              minReliability: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          <option value="">{t('filters.anyReliability')}</option>
          {RELIABILITY_CHOICES.map((value) => (
            <option key={value} value={value}>
              {value === 1
                ? t('filters.alwaysCame')
                : t('filters.atLeast', { percent: format.reliability(value) })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
