// One i18next instance per app (not the global singleton), so tests get isolated instances.
// Resources are bundled, so initialisation is synchronous and the first render is translated.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from './languages';
import { DEFAULT_NAMESPACE, NAMESPACES, resources } from './resources';

export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ja'],
    ns: NAMESPACES,
    defaultNS: DEFAULT_NAMESPACE,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return instance;
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
