// What a person's interactions add to their search document, so that "the person I talked to
// about WASM at RustFest" finds them: the name, series and place of each event they were met at,
// and the notes of their interactions. Trashed interactions and events add nothing.
import { LIVE, type HallwayEvent, type Interaction } from '../domain/entities';

export interface PersonEncounters {
  /** Names, series and places of the events the person was met at, one line each. */
  events: string;
  /** The notes of the person's interactions, one per line. */
  notes: string;
}

export type EncountersOf = (personId: string) => PersonEncounters | undefined;

export const noEncounters: EncountersOf = () => undefined;

function eventLine(event: HallwayEvent): string {
  return [event.name, event.series, event.location].filter((part) => part !== '').join(' ');
}

/** Each person's encounters, from their interactions and the events those point to. */
export function collectEncounters(
  interactions: Iterable<Interaction>,
  eventsById: ReadonlyMap<string, HallwayEvent>,
): Map<string, PersonEncounters> {
  const lines = new Map<string, { events: Set<string>; notes: Set<string> }>();
  for (const interaction of interactions) {
    if (interaction.deletedAt !== LIVE) continue;
    let person = lines.get(interaction.personId);
    if (!person) {
      person = { events: new Set(), notes: new Set() };
      lines.set(interaction.personId, person);
    }
    const event = interaction.eventId ? eventsById.get(interaction.eventId) : undefined;
    if (event && event.deletedAt === LIVE) person.events.add(eventLine(event));
    const note = interaction.note.trim();
    if (note !== '') person.notes.add(note);
  }
  const encounters = new Map<string, PersonEncounters>();
  for (const [personId, { events, notes }] of lines) {
    if (events.size === 0 && notes.size === 0) continue;
    encounters.set(personId, { events: [...events].join('\n'), notes: [...notes].join('\n') });
  }
  return encounters;
}
