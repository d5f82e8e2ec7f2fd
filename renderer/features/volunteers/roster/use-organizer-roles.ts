// The organizer's volunteer roles, kept live: their own list once edited, else the defaults of
// shared/volunteers/roles labelled in the UI language.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { messageLanguageOf } from '../../../../shared/introductions/message-language';
import {
  defaultRoleDefinitions,
  type RoleDefinition,
  type RoleLanguage,
} from '../../../../shared/volunteers/roles';
import { useDatabase } from '../../../app/database-context';
import { getOrganizerRoles } from '../../../repositories/roster-roles-repository';

export interface OrganizerRoles {
  roles: readonly RoleDefinition[];
  language: RoleLanguage;
}

export function useOrganizerRoles(): OrganizerRoles | undefined {
  const db = useDatabase();
  const { i18n } = useTranslation();
  const language = messageLanguageOf(i18n.language);
  const stored = useLiveQuery(() => getOrganizerRoles(db), [db]);
  return useMemo(() => {
    if (stored === undefined) return undefined;
    return { roles: stored ?? defaultRoleDefinitions(language), language };
  }, [stored, language]);
}
