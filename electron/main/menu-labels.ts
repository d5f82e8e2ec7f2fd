// Labels of the application menu's own items, in the app's two languages. Role-based items
// (Edit, zoom, full screen, Quit) are translated by Electron and the operating system. The
// menu follows the system language (system-language.ts).
import { appLanguageFor, type AppLanguage } from './system-language';

export interface MenuLabels {
  file: string;
  import: string;
  export: string;
  backUp: string;
  settings: string;
  edit: string;
  view: string;
  help: string;
  about: string;
}

const LABELS: Readonly<Record<AppLanguage, MenuLabels>> = {
  en: {
    file: 'File',
    import: 'Import…',
    export: 'Export…',
    backUp: 'Back up…',
    settings: 'Settings…',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    about: 'About Hallway',
  },
  ja: {
    file: 'ファイル',
    import: 'インポート…',
    export: 'エクスポート…',
    backUp: 'バックアップ…',
    settings: '設定…',
    edit: '編集',
    view: '表示',
    help: 'ヘルプ',
    about: 'Hallway について',
  },
};

/** Labels for the first of the user's preferred languages that Hallway speaks; else English. */
export function menuLabelsFor(preferredLanguages: readonly string[]): MenuLabels {
  return LABELS[appLanguageFor(preferredLanguages)];
}
