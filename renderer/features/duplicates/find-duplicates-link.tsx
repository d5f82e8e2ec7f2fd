// People's "Find duplicates" link, beside the trash link.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function FindDuplicatesLink() {
  const { t } = useTranslation('duplicates');
  return (
    <Link className="people-browser__trash-link" to="/people/duplicates">
      {t('link')}
    </Link>
  );
}
