// One schema version: Dexie store definitions only. Derived tables and fields are not filled by
// upgrades: they are rebuilt at start when their stored format differs (renderer/data/
// rebuild-derived). Only a change to the format of SOURCE data would bring upgrade functions back.
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
}
