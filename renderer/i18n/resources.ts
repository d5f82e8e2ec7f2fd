// Every translation namespace. A namespace is a JSON file per language under locales/<language>/;
// add its English file here and its Japanese file in resources-ja.ts (the `satisfies` there makes
// a Japanese file that lacks an English key fail the typecheck, and locales.test.ts checks the
// reverse). English is bundled with the app; Japanese loads when it is chosen (or the palette
// looks for commands in every language), so a first start in English does not load it (issue 15).
import type { UiLanguage } from './languages';
import enAddPerson from './locales/en/add-person.json';
import enApp from './locales/en/app.json';
import enBackup from './locales/en/backup.json';
import enDuplicates from './locales/en/duplicates.json';
import enEventPrep from './locales/en/event-prep.json';
import enEvents from './locales/en/events.json';
import enExport from './locales/en/export.json';
import enFollowUps from './locales/en/follow-ups.json';
import enImport from './locales/en/import.json';
import enInsights from './locales/en/insights.json';
import enIntroductions from './locales/en/introductions.json';
import enMerge from './locales/en/merge.json';
import enNetwork from './locales/en/network.json';
import enPeople from './locales/en/people.json';
import enPeopleSelection from './locales/en/people-selection.json';
import enPerson from './locales/en/person.json';
import enQuickCapture from './locales/en/quick-capture.json';
import enRelationships from './locales/en/relationships.json';
import enSearch from './locales/en/search.json';
import enSettings from './locales/en/settings.json';
import enShortcuts from './locales/en/shortcuts.json';
import enSync from './locales/en/sync.json';
import enVolunteers from './locales/en/volunteers.json';
import enWarmPaths from './locales/en/warm-paths.json';

export const en = {
  app: enApp,
  people: enPeople,
  person: enPerson,
  'add-person': enAddPerson,
  merge: enMerge,
  search: enSearch,
  events: enEvents,
  'event-prep': enEventPrep,
  'quick-capture': enQuickCapture,
  introductions: enIntroductions,
  'follow-ups': enFollowUps,
  volunteers: enVolunteers,
  settings: enSettings,
  export: enExport,
  backup: enBackup,
  import: enImport,
  insights: enInsights,
  shortcuts: enShortcuts,
  duplicates: enDuplicates,
  'people-selection': enPeopleSelection,
  relationships: enRelationships,
  network: enNetwork,
  'warm-paths': enWarmPaths,
  sync: enSync,
};

export const resources = { en };
export type LanguageResources = typeof en;
export const DEFAULT_NAMESPACE = 'app';
export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];

const available = new Map<UiLanguage, LanguageResources>([['en', en]]);
const loading = new Map<UiLanguage, Promise<LanguageResources>>();

/** The resources of every language loaded so far, English always. */
export function loadedResources(): Partial<Record<UiLanguage, LanguageResources>> {
  return Object.fromEntries(available);
}

/** The resources of a language, loaded once (a failed load is tried again the next time). */
export function loadLanguageResources(language: UiLanguage): Promise<LanguageResources> {
  const ready = available.get(language);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(language);
  if (!pending) {
    pending = import('./resources-ja').then(
      ({ ja }) => {
        available.set(language, ja);
        return ja;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
