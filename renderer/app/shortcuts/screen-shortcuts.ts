// Every keyboard shortcut of the app, for the `?` sheet: the ones that work everywhere, and each
// screen's own. A key written "Mod" is Ctrl (⌘ on a Mac). When a screen gains a shortcut, list it
// here too; the descriptions are in the shortcuts namespace (actions.<id>).
import type shortcutTexts from '../../i18n/locales/en/shortcuts.json';

export interface Shortcut {
  keys: readonly string[];
  /** Key of its description under `actions` in the shortcuts namespace. */
  action: keyof (typeof shortcutTexts)['actions'];
}

export type ShortcutScreen =
  | 'people'
  | 'trash'
  | 'person'
  | 'events'
  | 'event'
  | 'capture'
  | 'introductions'
  | 'network'
  | 'today'
  | 'volunteers';

export const GLOBAL_SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Mod+K'], action: 'palette' },
  { keys: ['/', 'Mod+F'], action: 'search' },
  { keys: ['N'], action: 'addPerson' },
  { keys: ['M'], action: 'logMeetup' },
  { keys: ['?'], action: 'sheet' },
  { keys: ['Esc'], action: 'closeDialog' },
];

export const SCREEN_SHORTCUTS: Readonly<Record<ShortcutScreen, readonly Shortcut[]>> = {
  people: [
    { keys: ['↓', '↑'], action: 'peopleMove' },
    { keys: ['PageDown', 'PageUp'], action: 'peoplePage' },
    { keys: ['Home', 'End'], action: 'peopleEnds' },
    { keys: ['Enter'], action: 'peopleOpen' },
    { keys: ['Delete', 'Backspace'], action: 'peopleTrash' },
    { keys: ['Space', 'Mod+Click'], action: 'peopleSelectToggle' },
    { keys: ['Shift+↓', 'Shift+↑', 'Shift+Click'], action: 'peopleSelectRange' },
    { keys: ['Mod+A'], action: 'peopleSelectAll' },
    { keys: ['Esc'], action: 'peopleSelectClear' },
  ],
  trash: [],
  person: [
    { keys: ['Mod+Z'], action: 'personUndo' },
    { keys: ['Delete', 'Backspace'], action: 'personTrash' },
    { keys: ['K'], action: 'personKnows' },
    { keys: ['W'], action: 'personWarmPaths' },
  ],
  events: [],
  event: [
    { keys: ['↓', 'J'], action: 'checklistNext' },
    { keys: ['↑', 'K'], action: 'checklistPrevious' },
    { keys: ['Space', 'A'], action: 'checklistAttended' },
    { keys: ['N'], action: 'checklistNoShow' },
  ],
  capture: [
    { keys: ['↓', '↑'], action: 'pickerMove' },
    { keys: ['Enter'], action: 'captureEnter' },
    { keys: ['Mod+Enter'], action: 'captureSave' },
  ],
  introductions: [
    { keys: ['↓', '↑'], action: 'pickerMove' },
    { keys: ['Enter'], action: 'pickerChoose' },
    { keys: ['Mod+Enter', 'C'], action: 'messageCopy' },
  ],
  network: [
    { keys: ['←', '→', '↑', '↓'], action: 'mapMove' },
    { keys: ['Enter'], action: 'mapOpen' },
    { keys: ['F'], action: 'mapFocus' },
    { keys: ['Esc'], action: 'mapLeaveFocus' },
  ],
  today: [
    { keys: ['J', '↓'], action: 'todayNext' },
    { keys: ['K', '↑'], action: 'todayPrevious' },
    { keys: ['D'], action: 'todayDone' },
    { keys: ['S'], action: 'todaySnooze' },
    { keys: ['X'], action: 'todayDismiss' },
    { keys: ['C'], action: 'todayCopyThanks' },
  ],
  volunteers: [],
};

/** The screen a route path shows, or null for one without shortcuts of its own. */
export function screenOfPath(pathname: string): ShortcutScreen | null {
  const [first, second] = pathname.split('/').filter(Boolean);
  if (first === 'people') {
    if (second === undefined) return 'people';
    if (second === 'duplicates') return null;
    return second === 'trash' ? 'trash' : 'person';
  }
  if (first === 'events') return second === undefined ? 'events' : 'event';
  if (first === 'capture' || first === 'introductions' || first === 'today') return first;
  if (first === 'network') return 'network';
  if (first === 'volunteers') return 'volunteers';
  return null;
}

export function keyLabel(key: string, mac: boolean): string {
  return key.replace('Mod', mac ? '⌘' : 'Ctrl');
}
