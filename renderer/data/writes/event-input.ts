// What the UI may send when it creates or edits an event, checked where the write service begins.
import { z } from 'zod';
import { EVENT_KINDS } from '../../../shared/domain/entities';

const text = (max: number) => z.string().trim().max(max);

export const eventFieldsSchema = z.object({
  name: text(300).min(1),
  series: text(300),
  kind: z.enum(EVENT_KINDS),
  startsAt: z.number().int(),
  endsAt: z.number().int().nullable(),
  location: text(500),
  url: text(2000),
  myRole: text(100),
  notes: z.string().max(100_000),
});

export const newEventSchema = eventFieldsSchema
  .partial()
  .required({ name: true, startsAt: true })
  .refine((event) => event.endsAt == null || event.endsAt >= event.startsAt, {
    message: 'An event cannot end before it starts.',
  });

export type NewEventInput = z.input<typeof newEventSchema>;

export const eventChangesSchema = eventFieldsSchema.partial();

export type EventChanges = z.input<typeof eventChangesSchema>;
