// The app's screens in navigation order: their route paths and the app-namespace keys of their
// names (the navigation links' accessible names, which e2e tests rely on) and "Go to" commands.
export const SCREENS = [
  { id: 'people', path: '/people', nameKey: 'nav.people', commandKey: 'commands.goToPeople' },
  { id: 'events', path: '/events', nameKey: 'nav.events', commandKey: 'commands.goToEvents' },
  {
    id: 'introductions',
    path: '/introductions',
    nameKey: 'nav.introductions',
    commandKey: 'commands.goToIntroductions',
  },
  { id: 'today', path: '/today', nameKey: 'nav.today', commandKey: 'commands.goToToday' },
  {
    id: 'volunteers',
    path: '/volunteers',
    nameKey: 'nav.volunteers',
    commandKey: 'commands.goToVolunteers',
  },
  {
    id: 'settings',
    path: '/settings',
    nameKey: 'nav.settings',
    commandKey: 'commands.goToSettings',
  },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];
