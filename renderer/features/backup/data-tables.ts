/** Tables whose rows make a database "not empty" (settings and the search index do not). */
export const DATA_TABLES = [
  'people',
  'events',
  'interactions',
  'introductions',
  'followUps',
  'volunteerShifts',
  'topics',
] as const;
