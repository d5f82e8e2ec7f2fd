// One i18next instance per app (not the global singleton), so tests get isolated instances.
// English is bundled and Japanese loads on demand (resources.ts): createI18n is synchronous with
// the languages loaded so far, so the first render is translated once start-up has loaded the
// UI language; switchLanguage loads a language before showing it. Components re-render when a
// language's resources arrive (bindI18nStore 'added'), e.g. the palette's commands in every language.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from './languages';
import { DEFAULT_NAMESPACE, loadedResources, loadLanguageResources, NAMESPACES } from './resources';

export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: loadedResources(),
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ja'],
    ns: NAMESPACES,
    defaultNS: DEFAULT_NAMESPACE,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    react: { bindI18nStore: 'added' },
  });
  return instance;
}

/** Loads a language's resources into `instance`, once. */
export async function addLanguage(instance: i18n, language: UiLanguage): Promise<void> {
  if (instance.hasResourceBundle(language, DEFAULT_NAMESPACE)) return;
  const resources = await loadLanguageResources(language);
  for (const namespace of NAMESPACES) {
    instance.addResourceBundle(language, namespace, resources[namespace], true, true);
  }
}

/** Every UI language's resources: the command palette finds commands by their names in each. */
export async function addEveryLanguage(instance: i18n): Promise<void> {
  await Promise.all(UI_LANGUAGES.map((language) => addLanguage(instance, language)));
}

/** Shows the UI in `language`, loading it first. */
export async function switchLanguage(instance: i18n, language: UiLanguage): Promise<void> {
  await addLanguage(instance, language);
  await instance.changeLanguage(language);
}

/** Keeps <html lang> equal to the UI language, for screen readers and CJK font selection. */
export function syncDocumentLanguage(instance: i18n, root: HTMLElement): () => void {
  const apply = (language: string) => {
    root.lang = language;
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
  return () => instance.off('languageChanged', apply);
}
