// Why someone is suggested, in words: one short phrase per reason (suggest-volunteers gives them
// as values), in the UI language, with role labels and topic labels rather than keys.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { joinList, messageLanguageOf } from '../../../shared/introductions/message-language';
import type { SuggestionReason } from '../../../shared/volunteers/suggest-volunteers';
import { useVolunteerCellFormat } from './volunteer-cell-format';

export function useSuggestionReasonText(
  topicLabels: ReadonlyMap<string, string>,
): (reason: SuggestionReason) => string {
  const { t, i18n } = useTranslation('volunteers');
  const format = useVolunteerCellFormat();
  return useCallback(
    (reason) => {
      switch (reason.kind) {
        case 'did-role-before':
          return t('reasons.didRoleBefore', {
            count: reason.times,
            role: format.role(reason.role),
          });
        case 'offers-matching-topics':
          return t('reasons.offersTopics', {
            topics: joinList(
              messageLanguageOf(i18n.language),
              reason.topics.map((topic) => topicLabels.get(topic) ?? topic),
            ),
          });
        case 'volunteered-before':
          return reason.reliability === null
            ? t('reasons.volunteeredBefore', { count: reason.events })
            : t('reasons.volunteeredReliably', {
                count: reason.events,
                reliability: format.reliability(reason.reliability),
              });
        case 'not-asked-recently':
          return t('reasons.notAskedRecently', { count: reason.daysSinceAsked });
        case 'regular-attendee':
          return t('reasons.regularAttendee', { count: reason.eventsAttended });
      }
    },
    [t, i18n.language, format, topicLabels],
  );
}
