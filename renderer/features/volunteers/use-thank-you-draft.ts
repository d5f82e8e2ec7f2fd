// The drafted thank-you of a rule-4 Today item (a volunteer's shift is over): the shift's role and
// hours, the event's name and the person's name (given name in English, full name in Japanese),
// in the UI language; and copying it to the clipboard. Undefined while it loads, or when the shift
// or the person is gone.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestedFollowUp } from '../../../shared/follow-ups/suggested-follow-up';
import { messageLanguageOf } from '../../../shared/introductions/message-language';
import { draftThankYou } from '../../../shared/volunteers/draft-thank-you';
import { roleLabel } from '../../../shared/volunteers/roles';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { useRoleDefinitions } from './use-role-definitions';

export interface ThankYouDraft {
  text: string;
  copy(): Promise<void>;
}

export function useThankYouDraft(suggestion: SuggestedFollowUp): ThankYouDraft | undefined {
  const db = useDatabase();
  const { t, i18n } = useTranslation('volunteers');
  const definitions = useRoleDefinitions();
  const language = messageLanguageOf(i18n.language);
  const { rule, shiftId, eventId } = suggestion;
  const personId = suggestion.personIds[0];
  const text = useLiveQuery(async () => {
    if (rule !== 'thank' || !shiftId || !personId) return null;
    const [shift, person, event] = await Promise.all([
      db.volunteerShifts.get(shiftId),
      db.people.get(personId),
      eventId === undefined ? undefined : db.events.get(eventId),
    ]);
    if (!shift || !person) return null;
    return draftThankYou({
      language,
      name: language === 'ja' ? person.displayName : person.givenName || person.displayName,
      eventName: event?.name ?? '',
      roleLabel: roleLabel(shift.role, definitions, language),
      hours: shift.hours,
    });
  }, [db, rule, shiftId, eventId, personId, language, definitions]);

  const copy = useCallback(async () => {
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      showToast({ message: t('thankYou.copied'), tone: 'success' });
    } catch {
      showToast({ message: t('thankYou.copyFailed'), tone: 'error' });
    }
  }, [text, t]);

  return text ? { text, copy } : undefined;
}
