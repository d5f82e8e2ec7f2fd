// The language of what the main process shows itself (menu, crash messages): the first of the
// user's preferred system languages that Hallway speaks, else English. The renderer's i18next
// resources cannot be used there: the menu exists, and a crash message appears, when no page
// is running.
export type AppLanguage = 'en' | 'ja';

export function appLanguageFor(preferredLanguages: readonly string[]): AppLanguage {
  for (const tag of preferredLanguages) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (language === 'ja' || language === 'en') return language;
  }
  return 'en';
}
