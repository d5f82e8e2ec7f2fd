// Settings, typed by key: each key has a schema and a default, so a reader always gets a valid
// value of the right type (the default when nothing is stored, or when what is stored no longer
// fits, e.g. after a downgrade) and a writer cannot store a wrong one. renderer/repositories holds
// the reads of each table; the writes are in renderer/data/writes (here settings-writes).
// Start-up reads settings, so the schemas use zod/mini: the full zod stays out of a first start
// (issue 15).
import * as z from 'zod/mini';
import type { HallwayDatabase } from '../db/database';
import { roleDefinitionsSchema } from '../data/writes/roster-roles-input';

export const SETTING_DEFINITIONS = {
  /** The UI language; 'system' follows the OS/browser. */
  'ui.language': { schema: z.enum(['system', 'en', 'ja']), default: 'system' },
  /** Whether CSV exports start with a UTF-8 byte-order mark (so Excel reads Japanese text). */
  'export.utf8Bom': { schema: z.boolean(), default: true },
  /** How many automatic backups the desktop app keeps. */
  'backups.keep': { schema: z.int().check(z.minimum(1), z.maximum(100)), default: 10 },
  /** Follow up on a meeting within this many days (follow-up rule 1). */
  'followUps.windowDays': { schema: z.int().check(z.minimum(1), z.maximum(60)), default: 3 },
  /** Ask how an introduction went this many days after it was made (follow-up rule 3). */
  'followUps.introductionCheckInDays': {
    schema: z.int().check(z.minimum(1), z.maximum(365)),
    default: 14,
  },
  /** A notification once a day when follow-ups are due. */
  'followUps.notify': { schema: z.boolean(), default: false },
  /** The day (YYYY-MM-DD, the user's zone) of the last due-follow-ups notification. */
  'followUps.lastNotifiedDay': { schema: z.string().check(z.maxLength(10)), default: '' },
  /** The organizer's volunteer roles; null until edited (the defaults, in the UI language). */
  'volunteers.roles': { schema: z.nullable(roleDefinitionsSchema), default: null },
} as const;

export type SettingKey = keyof typeof SETTING_DEFINITIONS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTING_DEFINITIONS)[K]['schema']>;

export async function getSetting<K extends SettingKey>(
  db: HallwayDatabase,
  key: K,
): Promise<SettingValue<K>> {
  const definition = SETTING_DEFINITIONS[key];
  const stored = await db.settings.get(key);
  const parsed = definition.schema.safeParse(stored?.value);
  return (parsed.success ? parsed.data : definition.default) as SettingValue<K>;
}
