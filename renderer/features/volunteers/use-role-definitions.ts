// The organizer's volunteer roles, labelled in the UI language: their own list once edited (see
// roster/use-organizer-roles), the defaults of shared/volunteers/roles until then or while it loads.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { messageLanguageOf } from '../../../shared/introductions/message-language';
import { defaultRoleDefinitions, type RoleDefinition } from '../../../shared/volunteers/roles';
import { useOrganizerRoles } from './roster/use-organizer-roles';

export function useRoleDefinitions(): readonly RoleDefinition[] {
  const { i18n } = useTranslation();
  const language = messageLanguageOf(i18n.language);
  const organizer = useOrganizerRoles();
  const defaults = useMemo(() => defaultRoleDefinitions(language), [language]);
  return organizer?.roles ?? defaults;
}
