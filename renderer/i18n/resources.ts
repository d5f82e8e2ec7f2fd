// Every translation namespace, in both languages. A namespace is a JSON file per language under
// locales/<language>/; add it here in both languages (the `satisfies` makes a Japanese file that
// lacks an English key fail the typecheck, and locales.test.ts checks the reverse).
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
import enVolunteers from './locales/en/volunteers.json';
import enWarmPaths from './locales/en/warm-paths.json';
import jaAddPerson from './locales/ja/add-person.json';
import jaApp from './locales/ja/app.json';
import jaBackup from './locales/ja/backup.json';
import jaDuplicates from './locales/ja/duplicates.json';
import jaEventPrep from './locales/ja/event-prep.json';
import jaEvents from './locales/ja/events.json';
import jaExport from './locales/ja/export.json';
import jaFollowUps from './locales/ja/follow-ups.json';
import jaImport from './locales/ja/import.json';
import jaInsights from './locales/ja/insights.json';
import jaIntroductions from './locales/ja/introductions.json';
import jaMerge from './locales/ja/merge.json';
import jaNetwork from './locales/ja/network.json';
import jaPeople from './locales/ja/people.json';
import jaPeopleSelection from './locales/ja/people-selection.json';
import jaPerson from './locales/ja/person.json';
import jaQuickCapture from './locales/ja/quick-capture.json';
import jaRelationships from './locales/ja/relationships.json';
import jaSearch from './locales/ja/search.json';
import jaSettings from './locales/ja/settings.json';
import jaShortcuts from './locales/ja/shortcuts.json';
import jaVolunteers from './locales/ja/volunteers.json';
import jaWarmPaths from './locales/ja/warm-paths.json';

const en = {
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
};

const ja = {
  app: jaApp,
  people: jaPeople,
  person: jaPerson,
  'add-person': jaAddPerson,
  merge: jaMerge,
  search: jaSearch,
  events: jaEvents,
  'event-prep': jaEventPrep,
  'quick-capture': jaQuickCapture,
  introductions: jaIntroductions,
  'follow-ups': jaFollowUps,
  volunteers: jaVolunteers,
  settings: jaSettings,
  export: jaExport,
  backup: jaBackup,
  import: jaImport,
  insights: jaInsights,
  shortcuts: jaShortcuts,
  duplicates: jaDuplicates,
  'people-selection': jaPeopleSelection,
  relationships: jaRelationships,
  network: jaNetwork,
  'warm-paths': jaWarmPaths,
} satisfies typeof en;

export const resources = { en, ja };
export const DEFAULT_NAMESPACE = 'app';
export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];
