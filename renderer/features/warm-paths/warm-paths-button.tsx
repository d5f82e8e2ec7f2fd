// "Who can introduce me?" on a person's page: a button, and the W key (ignored while typing or
// while a dialog is open), both opening the warm paths to this person.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useScreenKeys } from '../../app/use-screen-keys';
import { isTypingTarget } from '../person/typing-target';
import { warmPathsHref } from './warm-path-target';

export function WarmPathsButton({ personId }: { personId: string }) {
  const { t } = useTranslation('warm-paths');
  const navigate = useNavigate();
  const href = warmPathsHref({ kind: 'person', personId });
  useScreenKeys(
    useCallback(
      (event: KeyboardEvent) => {
        if (event.key !== 'w' && event.key !== 'W') return;
        if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
        event.preventDefault();
        navigate(href);
      },
      [navigate, href],
    ),
  );
  return (
    <button type="button" className="button" aria-keyshortcuts="W" onClick={() => navigate(href)}>
      {t('button')}{' '}
      <kbd className="kbd" aria-hidden="true">
        W
      </kbd>
    </button>
  );
}
