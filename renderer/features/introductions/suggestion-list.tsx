// Suggested introductions with their explanation, and the two actions: Introduce (opens the
// make-introduction dialog with both people and the explanation as the reason) and Not a good
// match (dismissed for good, with Undo).
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import {
  dismissSuggestedIntroduction,
  undoDismissal,
} from '../../data/writes/introduction-dismissals-writes';
import type { IntroductionDraft } from './make-introduction-dialog';
import type { SuggestionsState, SuggestionView } from './use-suggested-introductions';

interface SuggestionListProps {
  title: string;
  state: SuggestionsState;
  onIntroduce(draft: IntroductionDraft): void;
}

export function SuggestionList({ title, state, onIntroduce }: SuggestionListProps) {
  const { t } = useTranslation('introductions');
  const db = useDatabase();

  const dismiss = async ({ person, candidate }: SuggestionView) => {
    await dismissSuggestedIntroduction(db, person.id, candidate.id);
    showToast({
      message: t('suggestions.dismissed', {
        pair: t('pair', { a: person.displayName, b: candidate.displayName }),
      }),
      action: { label: t('undo'), run: () => void undoDismissal(db, person.id, candidate.id) },
    });
  };

  return (
    <section className="introduction-suggestions" aria-label={title}>
      <h2>{title}</h2>
      {state.failed ? (
        <p role="alert">{t('suggestions.failed')}</p>
      ) : state.loading ? (
        <p role="status">{t('suggestions.loading')}</p>
      ) : state.views.length === 0 ? (
        <p>{t('suggestions.empty')}</p>
      ) : (
        <ol className="introduction-suggestions__list">
          {state.views.map((view) => {
            const pair = t('pair', { a: view.person.displayName, b: view.candidate.displayName });
            return (
              <li
                key={`${view.person.id}/${view.candidate.id}`}
                className="introduction-suggestion"
                aria-label={pair}
              >
                <p className="introduction-suggestion__pair">{pair}</p>
                <p className="introduction-suggestion__why">{view.explanation}</p>
                <div className="introduction-suggestion__actions">
                  <button
                    type="button"
                    className="button button--primary"
                    aria-label={t('actionFor', { action: t('suggestions.introduce'), pair })}
                    onClick={() =>
                      onIntroduce({
                        firstId: view.person.id,
                        secondId: view.candidate.id,
                        reason: view.explanation,
                        reasonFacts: {
                          personId: view.person.id,
                          candidateId: view.candidate.id,
                          reasons: view.suggestion.reasons,
                        },
                      })
                    }
                  >
                    {t('suggestions.introduce')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('actionFor', { action: t('suggestions.dismiss'), pair })}
                    onClick={() => void dismiss(view)}
                  >
                    {t('suggestions.dismiss')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
