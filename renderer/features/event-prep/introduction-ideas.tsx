// "Introductions worth making" among the people likely at an event, each with why and an
// "Introduce…" that opens the introduction dialog with the pair and the reason filled in. The
// reason's facts keep the event, so the event's recap finds the introduction again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MakeIntroductionDialog,
  type IntroductionDraft,
} from '../introductions/make-introduction-dialog';
import type { IntroductionIdea } from './use-attendee-text';

export function IntroductionIdeas({ ideas }: { ideas: readonly IntroductionIdea[] }) {
  const { t } = useTranslation('event-prep');
  const [draft, setDraft] = useState<IntroductionDraft | null>(null);
  return (
    <>
      <h3>{t('prep.ideas')}</h3>
      {ideas.length === 0 ? (
        <p className="muted">{t('prep.noIdeas')}</p>
      ) : (
        <ul className="event-prep__ideas" aria-label={t('prep.ideas')}>
          {ideas.map((idea) => {
            const pair = t('prep.pair', {
              first: idea.first.displayName,
              second: idea.second.displayName,
            });
            return (
              <li key={idea.key}>
                <strong>{pair}</strong>
                {t('prep.ideaSeparator')}
                {idea.explanation}{' '}
                <button
                  type="button"
                  className="button"
                  aria-label={t('prep.introduceLabel', { pair })}
                  onClick={() =>
                    setDraft({
                      firstId: idea.first.id,
                      secondId: idea.second.id,
                      reason: idea.explanation,
                      reasonFacts: {
                        personId: idea.suggestion.personId,
                        candidateId: idea.suggestion.candidateId,
                        reasons: idea.suggestion.reasons,
                      },
                    })
                  }
                >
                  {t('prep.introduce')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {draft && <MakeIntroductionDialog initial={draft} onClose={() => setDraft(null)} />}
    </>
  );
}
