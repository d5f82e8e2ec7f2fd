// The organizer's volunteer roles, labelled in the UI language: the default list of
// shared/volunteers/roles (reception, setup, photos…).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { messageLanguageOf } from '../../../shared/introductions/message-language';
import { defaultRoleDefinitions, type RoleDefinition } from '../../../shared/volunteers/roles';

export function useRoleDefinitions(): readonly RoleDefinition[] {
  const { i18n } = useTranslation();
  const language = messageLanguageOf(i18n.language);
  return useMemo(() => defaultRoleDefinitions(language), [language]);
}
