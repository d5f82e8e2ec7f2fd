// Writes of settings (docs/architecture.md, "One write path"). Every change to a source table is
// a write service in renderer/data/writes, one module per table, built on runWrite; the reads of
// each table stay in renderer/repositories (here settings-repository: the schema and default of
// each key, getSetting). A value is checked against its key's schema before the write begins.
import type { RoleDefinition } from '../../../shared/volunteers/roles';
import type { HallwayDatabase } from '../../db/database';
import {
  SETTING_DEFINITIONS,
  type SettingKey,
  type SettingValue,
} from '../../repositories/settings-repository';
import { runWrite } from '../run-write';

export async function setSetting<K extends SettingKey>(
  db: HallwayDatabase,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  const valid = SETTING_DEFINITIONS[key].schema.parse(value);
  return runWrite(db, async (write) => {
    await write.put('settings', [{ key, value: valid, updatedAt: write.now }]);
  });
}

/** The organizer's volunteer roles (shared/volunteers/roles), once they edit the defaults. */
export async function setOrganizerRoles(
  db: HallwayDatabase,
  roles: readonly RoleDefinition[],
): Promise<void> {
  return setSetting(db, 'volunteers.roles', [...roles]);
}
