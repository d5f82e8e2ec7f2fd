// The People screen: everyone stored, as a virtualised list that can be sorted and filtered,
// with the count, a link to the trash, and an empty state that says how to start.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Screen } from '../../app/screen';
import { useFormatters } from '../../i18n/format';
import '../../styles/people.css';
import { FindDuplicatesLink } from '../duplicates/find-duplicates-link';
import { PeopleEmptyState } from './people-empty-state';
import { PeopleList } from './people-list';
import { PeopleSelectionBar } from './people-selection-bar';
import { hasFilters } from './people-list-query';
import { usePeopleListStore } from './people-list-store';
import { PeopleToolbar } from './people-toolbar';
import { usePeopleCount } from './use-people-count';
import { usePeopleList } from './use-people-list';
import { usePeopleListUrl } from './use-people-list-url';

export function PeopleScreen() {
  const { t } = useTranslation('people');
  const total = usePeopleCount();
  return (
    <Screen title={t('title')}>
      {total === 0 ? <PeopleEmptyState /> : total !== undefined && <PeopleBrowser total={total} />}
    </Screen>
  );
}

function PeopleBrowser({ total }: { total: number }) {
  const { t } = useTranslation('people');
  const format = useFormatters();
  usePeopleListUrl();
  const list = usePeopleList(total);
  const filtered = usePeopleListStore((state) => hasFilters(state.filters));
  const shown = list?.count ?? 0;
  const summary = filtered
    ? t('filteredSummary', {
        count: shown,
        formattedCount: format.number(shown),
        formattedTotal: format.number(total),
      })
    : t('summary', { count: total, formattedCount: format.number(total) });

  return (
    <div className="people-browser">
      <PeopleToolbar />
      <div className="people-browser__status">
        <p className="screen__summary" aria-live="polite">
          {list === undefined ? t('list.loading') : summary}
        </p>
        <p className="people-browser__hint">{t('list.keyboardHint')}</p>
        <Link className="people-browser__trash-link" to="/people/trash">
          {t('trashLink')}
        </Link>
        <FindDuplicatesLink />
      </div>
      {list !== undefined && <PeopleSelectionBar listIds={list.ids} complete={list.complete} />}
      {list !== undefined &&
        (list.count === 0 ? (
          <p className="people-browser__no-matches">{t('noMatches')}</p>
        ) : (
          <PeopleList ids={list.ids} count={list.count} complete={list.complete} />
        ))}
    </div>
  );
}
