// What File → Export… can export: one entry per table, with its columns (columns.ts) and the base
// of the suggested file name. The order is the order of the export dialog and of the README.
import type { ExportColumn } from './export-column';
import {
  EVENT_COLUMNS,
  FOLLOW_UP_COLUMNS,
  INTERACTION_COLUMNS,
  INTRODUCTION_COLUMNS,
  PEOPLE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  VOLUNTEER_SHIFT_COLUMNS,
} from './columns';

export const EXPORT_TABLES = [
  'people',
  'events',
  'interactions',
  'introductions',
  'followUps',
  'volunteerShifts',
  'relationships',
] as const;

export type ExportTable = (typeof EXPORT_TABLES)[number];

export interface ExportTableDefinition {
  /** The README's heading for the table. */
  title: string;
  fileName: string;
  columns: readonly ExportColumn<never>[];
}

export const EXPORT_TABLE_DEFINITIONS: Record<ExportTable, ExportTableDefinition> = {
  people: { title: 'People', fileName: 'hallway-people', columns: PEOPLE_COLUMNS },
  events: { title: 'Events', fileName: 'hallway-events', columns: EVENT_COLUMNS },
  interactions: {
    title: 'Interactions',
    fileName: 'hallway-interactions',
    columns: INTERACTION_COLUMNS,
  },
  introductions: {
    title: 'Introductions',
    fileName: 'hallway-introductions',
    columns: INTRODUCTION_COLUMNS,
  },
  followUps: { title: 'Follow-ups', fileName: 'hallway-follow-ups', columns: FOLLOW_UP_COLUMNS },
  volunteerShifts: {
    title: 'Volunteer shifts',
    fileName: 'hallway-volunteer-shifts',
    columns: VOLUNTEER_SHIFT_COLUMNS,
  },
  relationships: {
    title: 'Relationships',
    fileName: 'hallway-relationships',
    columns: RELATIONSHIP_COLUMNS,
  },
};
