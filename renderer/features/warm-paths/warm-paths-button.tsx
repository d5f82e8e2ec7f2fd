// "Who can introduce me?" on a person's page: a button, and the W key (ignored while typing or
// while a dialog is open), both opening the warm paths to this person; a link to the person page
// with ?warm-paths=1 (the network map's) opens them too, in place of the page.
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useScreenKeys } from '../../app/use-screen-keys';
import { isTypingTarget } from '../person/typing-target';
import { warmPathsHref } from './warm-path-target';

export function WarmPathsButton({ personId }: { personId: string }) {
  const { t } = useTranslation('warm-paths');
  const navigate = useNavigate();
  const href = warmPathsHref({ kind: 'person', personId });
  const [params] = useSearchParams();
  const asked = params.get('warm-paths') === '1';
  useEffect(() => {
    if (asked) navigate(href, { replace: true });
  }, [asked, navigate, href]);
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
