// The Japanese translations, loaded when Japanese is chosen (resources.ts: loadLanguageResources).
// A namespace added in resources.ts is added here too: the `satisfies` fails the typecheck until it is.
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
import jaSync from './locales/ja/sync.json';
import jaVolunteers from './locales/ja/volunteers.json';
import jaWarmPaths from './locales/ja/warm-paths.json';
import type { LanguageResources } from './resources';

export const ja = {
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
  sync: jaSync,
} satisfies LanguageResources;
