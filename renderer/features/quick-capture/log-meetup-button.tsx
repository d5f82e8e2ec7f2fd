// The "Log a meetup" button: opens the quick capture screen.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CAPTURE_PATH } from './capture-path';

export function LogMeetupButton({ className = 'button' }: { className?: string }) {
  const { t } = useTranslation('quick-capture');
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className={className}
      aria-keyshortcuts="M"
      title={t('logMeetupHint')}
      onClick={() => navigate(CAPTURE_PATH)}
    >
      {t('logMeetup')}
    </button>
  );
}
