// "Log a meetup" in the app header: the button, the palette command of the same name and the
// M shortcut (outside text fields); and, once per start, a toast offering a draft that a closed
// window left behind.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useRegisterCommands, type Command } from '../../app/commands/command-registry';
import { showToast } from '../../app/toasts/toast-store';
import { UI_LANGUAGES } from '../../i18n/languages';
import { readCaptureDraft } from './capture-draft-storage';
import { CAPTURE_PATH } from './capture-path';
import { isLogMeetupShortcut } from './is-typing-target';
import { LogMeetupButton } from './log-meetup-button';

let waitingDraftOffered = false;

export function QuickCaptureLauncher() {
  const { t, i18n } = useTranslation('quick-capture');
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const commands = useMemo(
    (): Command[] => [
      {
        id: 'log-meetup',
        title: t('logMeetup'),
        keywords: UI_LANGUAGES.map((language) =>
          i18n.getFixedT(language, 'quick-capture')('logMeetup'),
        ),
        section: i18n.getFixedT(i18n.language, 'app')('commands.sectionActions'),
        run: () => navigate(CAPTURE_PATH),
      },
    ],
    [t, i18n, navigate],
  );
  useRegisterCommands(commands);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLogMeetupShortcut(event) || event.defaultPrevented) return;
      event.preventDefault();
      navigate(CAPTURE_PATH);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  useEffect(() => {
    if (waitingDraftOffered || pathname === CAPTURE_PATH) return;
    waitingDraftOffered = true;
    if (!readCaptureDraft(window.localStorage)) return;
    showToast({
      message: t('resume.waiting'),
      action: { label: t('resume.resume'), run: () => navigate(CAPTURE_PATH) },
    });
  }, [pathname, navigate, t]);

  return <LogMeetupButton className="button app-header__capture" />;
}
