// The Introductions screen: "New introduction", the suggested introductions across everyone, then
// the introductions grouped by status.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountOrEmptyState } from '../../app/count-summary';
import { EmptyState } from '../../app/empty-state';
import { Screen } from '../../app/screen';
import { useFormatters } from '../../i18n/format';
import '../../styles/introductions.css';
import { IntroductionGroups } from './introduction-groups';
import { MakeIntroductionDialog, type IntroductionDraft } from './make-introduction-dialog';
import { SuggestionList } from './suggestion-list';
import { useAllIntroductions } from './use-introductions';
import { useSuggestedIntroductions } from './use-suggested-introductions';

const TOP_PAIRS = 10;

export function IntroductionsScreen() {
  const { t } = useTranslation('introductions');
  const format = useFormatters();
  const introductions = useAllIntroductions();
  const suggestions = useSuggestedIntroductions(null, TOP_PAIRS);
  const [draft, setDraft] = useState<IntroductionDraft | null>(null);
  const count = introductions?.length;
  return (
    <Screen title={t('title')}>
      <div className="introductions-toolbar">
        <button
          type="button"
          className="button button--primary"
          onClick={() => setDraft({ firstId: null, secondId: null, reason: '' })}
        >
          {t('newIntroduction')}
        </button>
      </div>
      <SuggestionList title={t('suggestions.title')} state={suggestions} onIntroduce={setDraft} />
      <CountOrEmptyState
        count={count}
        summary={t('summary', { count: count ?? 0, formattedCount: format.number(count ?? 0) })}
        emptyState={<EmptyState title={t('emptyTitle')} body={t('emptyBody')} />}
      />
      {introductions && <IntroductionGroups views={introductions} />}
      {draft && <MakeIntroductionDialog initial={draft} onClose={() => setDraft(null)} />}
    </Screen>
  );
}
