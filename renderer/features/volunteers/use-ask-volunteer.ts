// "Ask" on a suggestion: the person goes on the event's roster as `invited` for the role, for the
// event's own times (the organizer adjusts the shift in the roster), with Undo in the toast; and
// the drafted request, copied to the clipboard.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallwayEvent } from '../../../shared/domain/entities';
import { messageLanguageOf } from '../../../shared/introductions/message-language';
import { draftVolunteerRequest } from '../../../shared/volunteers/draft-volunteer-request';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { createShift, trashShift } from '../../data/writes/volunteer-shifts-writes';
import { useVolunteerCellFormat } from './volunteer-cell-format';

const DEFAULT_SHIFT_MS = 2 * 3_600_000;

export interface AskVolunteer {
  ask(event: HallwayEvent, personId: string, name: string, role: string): Promise<void>;
  copyRequest(event: HallwayEvent, name: string, role: string): Promise<void>;
}

export function useAskVolunteer(): AskVolunteer {
  const db = useDatabase();
  const { t, i18n } = useTranslation('volunteers');
  const format = useVolunteerCellFormat();

  const ask = useCallback(
    async (event: HallwayEvent, personId: string, name: string, role: string) => {
      try {
        const shift = await createShift(db, {
          eventId: event.id,
          personId,
          role,
          startsAt: event.startsAt,
          endsAt: event.endsAt ?? event.startsAt + DEFAULT_SHIFT_MS,
          status: 'invited',
        });
        showToast({
          message: t('ask.asked', { name, role: format.role(role) }),
          tone: 'success',
          action: {
            label: t('ask.undo'),
            run: () =>
              void trashShift(db, shift.id).catch(() =>
                showToast({ message: t('ask.failed'), tone: 'error' }),
              ),
          },
        });
      } catch {
        showToast({ message: t('ask.failed'), tone: 'error' });
      }
    },
    [db, t, format],
  );

  const copyRequest = useCallback(
    async (event: HallwayEvent, name: string, role: string) => {
      const language = messageLanguageOf(i18n.language);
      const text = draftVolunteerRequest({
        language,
        name,
        eventName: event.name,
        eventDate: new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(event.startsAt),
        roleLabel: format.role(role),
      });
      try {
        await navigator.clipboard.writeText(text);
        showToast({ message: t('ask.copied'), tone: 'success' });
      } catch {
        showToast({ message: t('ask.copyFailed'), tone: 'error' });
      }
    },
    [i18n.language, t, format],
  );

  return { ask, copyRequest };
}
