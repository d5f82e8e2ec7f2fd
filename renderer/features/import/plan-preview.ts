// The preview of mapped records against the database: candidates are read through the people
// table's key indexes (only people sharing an e-mail, profile URL or name key with some row, never
// everyone), then shared/import/plan-import decides. Interactions the matched people already have
// at a row's first-interaction time are read in a second look-up, so that a re-import of LinkedIn's
// "Connected On" counts as up to date.
import { LIVE, type Person } from '../../../shared/domain/entities';
import { derivePersonKeys } from '../../../shared/people/derive-person-keys';
import { resolveTopicKey } from '../../../shared/topics/normalise-topic-key';
import {
  countDecisions,
  type ImportPreview,
  type ImportProgress,
} from '../../../shared/import/import-preview';
import { planImport, type PlanContext } from '../../../shared/import/plan-import';
import type { ImportRecord } from '../../../shared/import/import-record';
import type { HallwayDatabase } from '../../db/database';
import { separateInvalidPeople } from '../../data/writes/person-draft-check';
import { loadTopicAliases } from '../../repositories/topics-repository';
import type { ImportRecords } from './read-import-source';

async function candidatesFor(
  db: HallwayDatabase,
  records: readonly ImportRecord[],
): Promise<Person[]> {
  const emailKeys = new Set<string>();
  const linkKeys = new Set<string>();
  const nameKeys = new Set<string>();
  for (const { person } of records) {
    const keys = derivePersonKeys(person);
    keys.emailKeys.forEach((key) => emailKeys.add(key));
    keys.linkKeys.forEach((key) => linkKeys.add(key));
    keys.nameKeys.forEach((key) => nameKeys.add(key));
  }
  if ((await db.people.count()) === 0) return [];
  const found = await Promise.all([
    db.people
      .where('emailKeys')
      .anyOf([...emailKeys])
      .toArray(),
    db.people
      .where('linkKeys')
      .anyOf([...linkKeys])
      .toArray(),
    db.people
      .where('nameKeys')
      .anyOf([...nameKeys])
      .toArray(),
  ]);
  const byId = new Map<string, Person>();
  for (const person of found.flat()) if (person.deletedAt === LIVE) byId.set(person.id, person);
  return [...byId.values()];
}

async function knownInteractions(
  db: HallwayDatabase,
  pairs: [string, number][],
): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const found = await db.interactions.where('[personId+at]').anyOf(pairs).toArray();
  return new Set(
    found
      .filter((interaction) => interaction.deletedAt === LIVE)
      .map((interaction) => `${interaction.personId}|${interaction.at}`),
  );
}

export async function planPreview(
  db: HallwayDatabase,
  read: ImportRecords,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportPreview> {
  const { warnings } = read.result;
  // Rows the person form would refuse are not importable (person-draft-check).
  const checked = separateInvalidPeople(read.result.records);
  const records = checked.valid;
  const rejected = [...read.result.rejected, ...checked.rejected];
  onProgress({ phase: 'matching', done: 0, total: records.length });
  const existing = await candidatesFor(db, records);
  const aliases = await loadTopicAliases(db);
  const isVolunteerRoster = records.some((record) => record.volunteer !== undefined);
  // Any CSV can be a list of attendees: attached to an event, its rows were there.
  const isPlainList = read.format === 'generic-csv' && !isVolunteerRoster;
  const context: PlanContext = {
    topicKeyOf: (raw) => resolveTopicKey(raw, aliases),
    everyRowAboutAnEvent: isPlainList,
  };
  let rows = planImport(records, existing, context);
  const pairs: [string, number][] = rows.flatMap((row) =>
    row.match?.target === 'person' && row.firstInteractionAt !== undefined
      ? [[row.match.personId, row.firstInteractionAt]]
      : [],
  );
  if (pairs.length > 0) {
    context.knownInteractions = await knownInteractions(db, pairs);
    rows = planImport(records, existing, context);
  }
  onProgress({ phase: 'matching', done: records.length, total: records.length });
  const checkIns = records.flatMap((record) => record.attendance?.checkedInAt ?? []);
  return {
    kind: 'preview',
    format: read.format,
    encoding: read.encoding,
    confidence: read.confidence,
    rows,
    invalid: rejected,
    warnings,
    counts: countDecisions(rows, rejected.length),
    isAttendeeList: records.some((record) => record.attendance !== undefined),
    isVolunteerRoster,
    ...(checkIns.length > 0 && { eventHint: { startsAt: Math.min(...checkIns) } }),
  };
}
