// The language chosen in Settings, persisted as a setting (settings-writes), so it survives
// reloads and travels with backups. 'system' (or nothing stored) follows navigator.languages.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../app/database-context';
import type { HallwayDatabase } from '../db/database';
import { setSetting } from '../data/writes/settings-writes';
import { getSetting } from '../repositories/settings-repository';
import { switchLanguage } from './create-i18n';
import { resolveLanguage, type LanguagePreference } from './languages';

export const LANGUAGE_SETTING_KEY = 'ui.language';

export function readLanguagePreference(db: HallwayDatabase): Promise<LanguagePreference> {
  return getSetting(db, LANGUAGE_SETTING_KEY);
}

export function saveLanguagePreference(
  db: HallwayDatabase,
  preference: LanguagePreference,
): Promise<void> {
  return setSetting(db, LANGUAGE_SETTING_KEY, preference);
}

/** The stored preference (undefined while it loads) and a setter that also applies it. */
export function useLanguagePreference() {
  const db = useDatabase();
  const { i18n } = useTranslation();
  const preference = useLiveQuery(() => readLanguagePreference(db), [db]);

  const setPreference = useCallback(
    async (next: LanguagePreference) => {
      await switchLanguage(i18n, resolveLanguage(next, navigator.languages));
      await saveLanguagePreference(db, next);
    },
    [db, i18n],
  );

  return { preference, setPreference };
}
