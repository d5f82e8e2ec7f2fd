// The People toolbar's "Export…": opens the export dialog on people, set to the list as filtered
// when a filter is on.
import { useTranslation } from 'react-i18next';
import { hasFilters } from '../people/people-list-query';
import { usePeopleListStore } from '../people/people-list-store';
import { openExportDialog } from './export-store';

export function ExportPeopleButton() {
  const { t } = useTranslation('export');
  const filtered = usePeopleListStore((state) => hasFilters(state.filters));
  return (
    <button
      type="button"
      className="button people-toolbar__export"
      aria-label={t('toolbarLabel')}
      onClick={() => openExportDialog({ table: 'people', scope: filtered ? 'list' : 'all' })}
    >
      {t('toolbar')}
    </button>
  );
}
