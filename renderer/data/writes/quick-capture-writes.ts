// "Log a meetup" saved in one go: the event (chosen or new), the people met there (new ones
// created, existing ones linked and given the topics typed for them) and a `met` interaction per
// person at the event's time. One write (docs/architecture.md, "One write path"), so a failure
// half-way (a person deleted meanwhile, an invalid row) leaves the database exactly as it was. It
// builds on the entities' own writes, so topics rows and lastContactAt are kept the same way as
// everywhere else.
import { z } from 'zod';
import {
  parseCaptureNote,
  type ParsedCaptureNote,
} from '../../../shared/capture/parse-capture-note';
import { LIVE, type HallwayEvent } from '../../../shared/domain/entities';
import { splitFullName } from '../../../shared/import/person-draft';
import type { HallwayDatabase } from '../../db/database';
import { newEventSchema } from './event-input';
import { createEventIn } from './events-writes';
import { logInteractionIn } from './interactions-writes';
import { createPersonIn, updatePersonIn } from './people-writes';
import { runWrite } from '../run-write';
import type { WriteTransaction } from '../write-transaction';
import { notFound } from './write-error';

const capturedPersonSchema = z.object({
  /** Set when the row is an existing person: they are linked, never duplicated. */
  personId: z.string().min(1).optional(),
  name: z.string().trim().min(1).max(300),
  /** A new person's name parts; split from `name` as imports split it when both are absent. */
  givenName: z.string().trim().max(200).optional(),
  familyName: z.string().trim().max(200).optional(),
  /** The one-line note as typed, topics inline (`#interest +offer ?ask`). */
  note: z.string().max(100_000),
});

export const quickCaptureSchema = z.object({
  event: z.union([
    z.object({ eventId: z.string().min(1) }),
    z.object({ newEvent: newEventSchema }),
  ]),
  people: z
    .array(capturedPersonSchema)
    .max(500)
    .refine(
      (people) => {
        const ids = people.flatMap((person) => (person.personId ? [person.personId] : []));
        return new Set(ids).size === ids.length;
      },
      { message: 'A person can be listed once per meetup.' },
    ),
});

export type QuickCapture = z.input<typeof quickCaptureSchema>;
export type CapturedPerson = z.input<typeof capturedPersonSchema>;

export interface QuickCaptureResult {
  eventId: string;
  /** In the order of the capture's rows. */
  createdPersonIds: string[];
  linkedPersonIds: string[];
}

async function liveEvent(write: WriteTransaction, id: string): Promise<HallwayEvent> {
  const event = await write.get('events', id);
  if (!event || event.deletedAt !== LIVE) throw notFound('event', id);
  return event;
}

/** Adds the typed topics to an existing person's lists (keys already there stay first). */
async function addTopics(
  write: WriteTransaction,
  personId: string,
  topics: ParsedCaptureNote,
): Promise<void> {
  const person = await write.get('people', personId);
  if (!person || person.deletedAt !== LIVE) throw notFound('person', personId);
  if (topics.interests.length + topics.offers.length + topics.asks.length === 0) return;
  await updatePersonIn(write, personId, {
    ...(topics.interests.length > 0 && { interests: [...person.interests, ...topics.interests] }),
    ...(topics.offers.length > 0 && { offers: [...person.offers, ...topics.offers] }),
    ...(topics.asks.length > 0 && { asks: [...person.asks, ...topics.asks] }),
  });
}

function nameParts(row: z.output<typeof capturedPersonSchema>) {
  if (row.givenName === undefined && row.familyName === undefined) return splitFullName(row.name);
  return { givenName: row.givenName ?? '', familyName: row.familyName ?? '' };
}

export async function saveQuickCapture(
  db: HallwayDatabase,
  capture: QuickCapture,
): Promise<QuickCaptureResult> {
  const { event: choice, people } = quickCaptureSchema.parse(capture);
  return runWrite(db, async (write) => {
    const event =
      'eventId' in choice
        ? await liveEvent(write, choice.eventId)
        : await createEventIn(write, choice.newEvent);
    const result: QuickCaptureResult = {
      eventId: event.id,
      createdPersonIds: [],
      linkedPersonIds: [],
    };
    for (const row of people) {
      const parsed = parseCaptureNote(row.note);
      let personId: string;
      if (row.personId) {
        await addTopics(write, row.personId, parsed);
        personId = row.personId;
        result.linkedPersonIds.push(personId);
      } else {
        const person = await createPersonIn(write, {
          displayName: row.name,
          ...nameParts(row),
          interests: parsed.interests,
          offers: parsed.offers,
          asks: parsed.asks,
          source: 'quick-capture',
        });
        personId = person.id;
        result.createdPersonIds.push(personId);
      }
      await logInteractionIn(write, {
        personId,
        at: event.startsAt,
        kind: 'met',
        eventId: event.id,
        note: parsed.note,
      });
    }
    return result;
  });
}
