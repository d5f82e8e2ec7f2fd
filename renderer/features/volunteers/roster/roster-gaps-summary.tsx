// Gaps at a glance: per role, how many of the people needed are filled ("Reception 1 of 2"), and
// how many were asked and have not answered yet.
import { useTranslation } from 'react-i18next';
import type { RoleGap } from '../../../../shared/volunteers/roster-gaps';

export function RosterGapsSummary({ gaps }: { gaps: readonly RoleGap[] }) {
  const { t } = useTranslation('volunteers');
  if (gaps.length === 0) return null;
  return (
    <ul className="roster-gaps" aria-label={t('roster.gaps')}>
      {gaps.map((gap) => (
        <li
          key={gap.role}
          className={`roster-gap${gap.filled >= gap.needed ? ' roster-gap--filled' : ''}`}
        >
          <span>
            {t('roster.gap', { role: gap.label, filled: gap.filled, needed: gap.needed })}
          </span>
          {gap.pending > 0 && (
            <span className="muted">{t('roster.pending', { count: gap.pending })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
