// The write of an import: all or nothing, one write (docs/architecture.md, "One write path"). It
// reads what the rows merge into and what is already recorded, decides the rows to write
// (shared/import/build-import-writes), then writes them in bulk, chunk by chunk with progress; the
// derived data follows in the same write. Aborting the signal, a vanished event or any failure
// throws inside the write, so IndexedDB rolls everything back. The search and introduction indexes
// follow on their own: every row written carries the write's updatedAt, which their updatedAt
// watermarks catch up from.
import { z } from 'zod';
import { LIVE, type HallwayEvent, type Person } from '../../../shared/domain/entities';
import {
  buildImportWrites,
  recordedKey,
  type ImportWrites,
} from '../../../shared/import/build-import-writes';
import type {
  ImportDecision,
  ImportPreview,
  ImportProgress,
  PlannedRow,
} from '../../../shared/import/import-preview';
import { recogniseEvent } from '../../../shared/import/recognise-event';
import { resolveTopicKey } from '../../../shared/topics/normalise-topic-key';
import type { HallwayDatabase } from '../../db/database';
import { newEventSchema, type NewEventInput } from './event-input';
import { personFieldsSchema } from './person-input';
import { createEventIn } from './events-writes';
import { runWrite } from '../run-write';
import type { WriteTransaction } from '../write-transaction';
import { notFound } from './write-error';
import { loadTopicAliases } from '../../repositories/topics-repository';
import { ensureTopicsIn } from './topics-writes';

export type AttachToEvent = { existingEventId: string } | { newEvent: NewEventInput };

export interface ImportSummary {
  created: number;
  merged: number;
  skipped: number;
  interactions: number;
  shifts: number;
  /** The event the list was attached to (the new one when one was created). */
  eventId: string | null;
}

export interface WriteImportOptions {
  attachToEvent?: AttachToEvent;
  signal?: AbortSignal;
}

/** Rows per bulk write: progress moves and the signal is checked between chunks. */
const WRITE_CHUNK = 2_000;

const decisionsSchema = z.map(z.number().int(), z.enum(['create', 'merge', 'skip']));

function decisionOf(row: PlannedRow, decisions: ReadonlyMap<number, ImportDecision>) {
  return decisions.get(row.line) ?? row.decision;
}

async function attachedEvent(
  write: WriteTransaction,
  attach: AttachToEvent | undefined,
): Promise<HallwayEvent | null> {
  if (!attach) return null;
  if ('newEvent' in attach) {
    return (await sameEventIn(write, attach.newEvent)) ?? createEventIn(write, attach.newEvent);
  }
  const event = await write.get('events', attach.existingEventId);
  if (!event || event.deletedAt !== LIVE) throw notFound('event', attach.existingEventId);
  return event;
}

/**
 * A live event the new one already is (same page, or same name on the same day): the list was
 * imported before, so it goes to that event and a second one is not made. Events are few: scanned.
 */
async function sameEventIn(
  write: WriteTransaction,
  input: NewEventInput,
): Promise<HallwayEvent | null> {
  const events = await write.db.events
    .where('[deletedAt+startsAt]')
    .between([LIVE, -Infinity], [LIVE, Infinity])
    .toArray();
  return recogniseEvent(
    events,
    { name: input.name, startsAt: input.startsAt, ...(input.url && { url: input.url }) },
    Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
}

/** Keys (see recordedKey) of what the matched people and the event already have. */
async function alreadyRecorded(
  db: HallwayDatabase,
  rows: readonly PlannedRow[],
  existing: ReadonlyMap<string, Person>,
  event: HallwayEvent | null,
): Promise<Set<string>> {
  const recorded = new Set<string>();
  const pairs: [string, number][] = [];
  for (const row of rows) {
    if (row.match?.target === 'person' && existing.has(row.match.personId)) {
      if (row.firstInteractionAt !== undefined)
        pairs.push([row.match.personId, row.firstInteractionAt]);
    }
  }
  if (pairs.length > 0) {
    for (const interaction of await db.interactions.where('[personId+at]').anyOf(pairs).toArray()) {
      if (interaction.deletedAt === LIVE) {
        recorded.add(recordedKey.firstInteraction(interaction.personId, interaction.at));
      }
    }
  }
  if (event) {
    for (const interaction of await db.interactions.where('eventId').equals(event.id).toArray()) {
      if (interaction.deletedAt === LIVE && interaction.kind === 'met') {
        recorded.add(recordedKey.met(interaction.personId, event.id));
      }
    }
    for (const shift of await db.volunteerShifts.where('eventId').equals(event.id).toArray()) {
      if (shift.deletedAt === LIVE)
        recorded.add(recordedKey.shift(shift.personId, event.id, shift.role));
    }
  }
  return recorded;
}

async function bulkWrite(
  write: WriteTransaction,
  writes: ImportWrites,
  signal: AbortSignal | undefined,
  onProgress: (progress: ImportProgress) => void,
): Promise<void> {
  const { created, updated, interactions, shifts } = writes;
  const total = created.length + updated.length + interactions.length + shifts.length;
  let done = 0;
  const inChunks = async <T>(rows: T[], store: (chunk: T[]) => Promise<unknown>) => {
    for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
      signal?.throwIfAborted();
      const chunk = rows.slice(start, start + WRITE_CHUNK);
      await store(chunk);
      done += chunk.length;
      onProgress({ phase: 'writing', done, total });
    }
  };
  onProgress({ phase: 'writing', done, total });
  await inChunks(created, (chunk) => write.insert('people', chunk));
  // Rows read in this write, so the latest: whole rows are safe.
  await inChunks(updated, (chunk) => write.put('people', chunk));
  await inChunks(interactions, (chunk) => write.insert('interactions', chunk));
  await inChunks(shifts, (chunk) => write.insert('volunteerShifts', chunk));
  signal?.throwIfAborted();
}

export async function writeImport(
  db: HallwayDatabase,
  preview: ImportPreview,
  decisions: ReadonlyMap<number, ImportDecision>,
  options: WriteImportOptions,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportSummary> {
  const checked = decisionsSchema.parse(decisions);
  const attach = options.attachToEvent;
  if (attach && 'newEvent' in attach) newEventSchema.parse(attach.newEvent);
  const { signal } = options;
  const rows = preview.rows;
  return runWrite(db, async (write) => {
    signal?.throwIfAborted();
    const event = await attachedEvent(write, attach);
    const written = rows.filter((row) => decisionOf(row, checked) !== 'skip');
    await ensureTopicsIn(
      write,
      written.flatMap(({ person }) => [...person.interests, ...person.offers, ...person.asks]),
    );
    const aliases = await loadTopicAliases(write.db);
    const targetIds = [
      ...new Set(
        written.flatMap((row) => (row.match?.target === 'person' ? [row.match.personId] : [])),
      ),
    ];
    const existing = new Map<string, Person>();
    for (const person of await write.db.people.bulkGet(targetIds)) {
      if (person) existing.set(person.id, person);
    }
    const writes = buildImportWrites(rows, {
      format: preview.format,
      decisions: checked,
      existing,
      recorded: await alreadyRecorded(write.db, written, existing, event),
      topicKeyOf: (raw) => resolveTopicKey(raw, aliases),
      event,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      now: write.now,
      newId: () => crypto.randomUUID(),
    });
    // The preview keeps only people the form accepts (person-draft-check); as a last guard, every
    // person written, merged ones too, must still pass the form's schema, or nothing is written.
    for (const person of [...writes.created, ...writes.updated]) personFieldsSchema.parse(person);
    await bulkWrite(write, writes, signal, onProgress);
    return {
      created: writes.created.length,
      merged: writes.merged,
      skipped: writes.skipped,
      interactions: writes.interactions.length,
      shifts: writes.shifts.length,
      eventId: event?.id ?? null,
    };
  });
}
