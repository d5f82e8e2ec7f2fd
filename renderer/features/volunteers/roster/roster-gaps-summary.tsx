// Gaps at a glance: per role, how many of the people needed are filled ("Reception 1 of 2"), and
// how many were asked and have not answered yet. A role on the roster that the event does not list
// (typed before its roles were set, or imported) shows how many it has, as not planned.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleGap } from '../../../../shared/volunteers/roster-gaps';

export function useGapText(labelOfRole: (role: string) => string): (gap: RoleGap) => string {
  const { t } = useTranslation('volunteers');
  return useCallback(
    (gap) => {
      const values = { role: labelOfRole(gap.role), filled: gap.filled, needed: gap.needed };
      return gap.needed === 0 ? t('roster.gapUnplanned', values) : t('roster.gap', values);
    },
    [t, labelOfRole],
  );
}

export function RosterGapsSummary({
  gaps,
  labelOfRole,
}: {
  gaps: readonly RoleGap[];
  labelOfRole(role: string): string;
}) {
  const { t } = useTranslation('volunteers');
  const gapText = useGapText(labelOfRole);
  if (gaps.length === 0) return null;
  return (
    <ul className="roster-gaps" aria-label={t('roster.gaps')}>
      {gaps.map((gap) => (
        <li
          key={gap.role}
          className={`roster-gap${gap.filled >= gap.needed ? ' roster-gap--filled' : ''}`}
        >
          <span>{gapText(gap)}</span>
          {gap.pending > 0 && (
            <span className="muted">{t('roster.pending', { count: gap.pending })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
