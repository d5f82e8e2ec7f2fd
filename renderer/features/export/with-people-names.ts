// Relationships for the CSV export carry both people's display names beside their ids, so the
// file reads on its own (shared/export/columns.ts). Names are read in one bulkGet; a person no
// longer stored leaves the name empty.
import type { Relationship } from '../../../shared/domain/entities';
import type { RelationshipExportRow } from '../../../shared/export/columns';
import type { HallwayDatabase } from '../../db/database';

export async function withPeopleNames(
  db: HallwayDatabase,
  relationships: readonly Relationship[],
): Promise<RelationshipExportRow[]> {
  const ids = [...new Set(relationships.flatMap(({ fromId, toId }) => [fromId, toId]))];
  const people = await db.people.bulkGet(ids);
  const names = new Map(ids.map((id, index) => [id, people[index]?.displayName ?? '']));
  return relationships.map((relationship) => ({
    ...relationship,
    fromName: names.get(relationship.fromId) ?? '',
    toName: names.get(relationship.toId) ?? '',
  }));
}
