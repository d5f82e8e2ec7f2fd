// "Who to ask next" for one event, kept live: asking someone (a new invited shift) takes them off
// the list and shrinks the role's gap at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { messageLanguageOf } from '../../../shared/introductions/message-language';
import { useDatabase } from '../../app/database-context';
import { loadVolunteerSuggestions, type VolunteerSuggestions } from './load-volunteer-suggestions';
import { useRoleDefinitions } from './use-role-definitions';

export function useVolunteerSuggestions(
  eventId: string,
  now: number,
): VolunteerSuggestions | null | undefined {
  const db = useDatabase();
  const roles = useRoleDefinitions();
  const { i18n } = useTranslation();
  const language = messageLanguageOf(i18n.language);
  return useLiveQuery(
    () => loadVolunteerSuggestions(db, eventId, roles, language, now),
    [db, eventId, roles, language, now],
  );
}
