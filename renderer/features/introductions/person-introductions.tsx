// The person page's introductions section: "Introduce … to…", the introductions involving this
// person, and the top five suggested for them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import '../../styles/introductions.css';
import { IntroductionCard } from './introduction-card';
import { MakeIntroductionDialog, type IntroductionDraft } from './make-introduction-dialog';
import { SuggestionList } from './suggestion-list';
import { useIntroductionsOf } from './use-introductions';
import { useSuggestedIntroductions } from './use-suggested-introductions';

const SUGGESTED_FOR_ONE = 5;

export function PersonIntroductions({ person }: { person: Person }) {
  const { t } = useTranslation('introductions');
  const introductions = useIntroductionsOf(person.id);
  const suggestions = useSuggestedIntroductions(person.id, SUGGESTED_FOR_ONE);
  const [draft, setDraft] = useState<IntroductionDraft | null>(null);
  const name = person.displayName;
  return (
    <section className="person-introductions" aria-label={t('person.title')}>
      <h2>{t('person.title')}</h2>
      <div>
        <button
          type="button"
          className="button"
          onClick={() => setDraft({ firstId: person.id, secondId: null, reason: '' })}
        >
          {t('person.introduce', { name })}
        </button>
      </div>
      {introductions?.length === 0 && <p>{t('person.none', { name })}</p>}
      {introductions?.map((view) => (
        <IntroductionCard key={view.introduction.id} view={view} />
      ))}
      <SuggestionList
        title={t('person.suggested', { name })}
        state={suggestions}
        onIntroduce={setDraft}
      />
      {draft && <MakeIntroductionDialog initial={draft} onClose={() => setDraft(null)} />}
    </section>
  );
}
