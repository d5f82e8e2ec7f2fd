// A Today item's drafted thank-you: the text as it will be copied, and the button that copies it
// (the item also copies it with C, see follow-up-item).
import { useTranslation } from 'react-i18next';
import '../../styles/volunteers.css';
import type { ThankYouDraft as Draft } from './use-thank-you-draft';

export function ThankYouDraft({ draft }: { draft: Draft }) {
  const { t } = useTranslation('volunteers');
  return (
    <div className="thank-you-draft">
      <p className="thank-you-draft__text" aria-label={t('thankYou.label')}>
        {draft.text}
      </p>
      <div>
        <button type="button" className="button" onClick={() => void draft.copy()}>
          {t('thankYou.copy')}
        </button>{' '}
        <span className="thank-you-draft__hint">{t('thankYou.hint')}</span>
      </div>
    </div>
  );
}
