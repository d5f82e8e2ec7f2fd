// Introductions grouped by status, in the order of the double opt-in (empty groups left out).
import { useTranslation } from 'react-i18next';
import { INTRODUCTION_STATUSES } from '../../../shared/domain/entities';
import { IntroductionCard } from './introduction-card';
import type { IntroductionView } from './use-introductions';

export function IntroductionGroups({ views }: { views: readonly IntroductionView[] }) {
  const { t } = useTranslation('introductions');
  return (
    <div className="introduction-groups">
      {INTRODUCTION_STATUSES.map((status) => {
        const inGroup = views.filter((view) => view.introduction.status === status);
        if (inGroup.length === 0) return null;
        return (
          <section
            key={status}
            className="introduction-group"
            aria-label={t(`statusHeading.${status}`)}
          >
            <h2>{t(`statusHeading.${status}`)}</h2>
            {inGroup.map((view) => (
              <IntroductionCard key={view.introduction.id} view={view} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
