// A thank-you Today item's drafted message: the text as it will be copied, and the button that
// copies it. The item copies it with C too, by pressing this button (data-copy-thank-you), so
// only thank-you items read anything for it.
import { useTranslation } from 'react-i18next';
import type { SuggestedFollowUp } from '../../../shared/follow-ups/suggested-follow-up';
import '../../styles/volunteers.css';
import { useThankYouDraft } from './use-thank-you-draft';

export function ThankYouDraft({ suggestion, who }: { suggestion: SuggestedFollowUp; who: string }) {
  const { t } = useTranslation('volunteers');
  const draft = useThankYouDraft(suggestion);
  if (!draft) return null;
  return (
    <div className="thank-you-draft">
      <p className="thank-you-draft__text" aria-label={t('thankYou.label')}>
        {draft.text}
      </p>
      <div>
        <button
          type="button"
          className="button"
          data-copy-thank-you
          aria-label={who ? t('thankYou.copyFor', { name: who }) : undefined}
          onClick={() => void draft.copy()}
        >
          {t('thankYou.copy')}
        </button>{' '}
        <span className="thank-you-draft__hint">{t('thankYou.hint')}</span>
      </div>
    </div>
  );
}
