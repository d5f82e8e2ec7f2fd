// The sidebar's primary navigation: one link per screen, named exactly as the screen's heading.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { TodayNavCount } from '../features/follow-ups/today-nav-count';
import { SCREENS } from './screens';

export function PrimaryNav() {
  const { t } = useTranslation();
  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      <ul>
        {SCREENS.map((screen) => (
          <li key={screen.id}>
            <NavLink to={screen.path} className="primary-nav__link">
              {t(screen.nameKey)}
              {screen.id === 'today' && <TodayNavCount />}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
