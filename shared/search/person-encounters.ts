// What a person's interactions and volunteer shifts add to their search document, so that "the
// person I talked to about WASM at RustFest" finds them: the name, series and place of each event
// they were met at or volunteered at, and the notes of their interactions. Trashed rows add
// nothing.
import { LIVE, type HallwayEvent, type Interaction, type VolunteerShift } from '../domain/entities';

export interface PersonEncounters {
  /** Names, series and places of the events the person was met or volunteered at, one a line. */
  events: string;
  /** The notes of the person's interactions, one per line. */
  notes: string;
}

export type EncountersOf = (personId: string) => PersonEncounters | undefined;

export const noEncounters: EncountersOf = () => undefined;

function eventLine(event: HallwayEvent): string {
  return [event.name, event.series, event.location].filter((part) => part !== '').join(' ');
}

/** Each person's encounters, from their interactions, shifts and the events those point to. */
export function collectEncounters(
  interactions: Iterable<Interaction>,
  shifts: Iterable<Pick<VolunteerShift, 'personId' | 'eventId' | 'deletedAt'>>,
  eventsById: ReadonlyMap<string, HallwayEvent>,
): Map<string, PersonEncounters> {
  const lines = new Map<string, { events: Set<string>; notes: Set<string> }>();
  const linesOf = (personId: string) => {
    let person = lines.get(personId);
    if (!person) {
      person = { events: new Set(), notes: new Set() };
      lines.set(personId, person);
    }
    return person;
  };
  const addEvent = (personId: string, eventId: string | undefined) => {
    const event = eventId ? eventsById.get(eventId) : undefined;
    if (event && event.deletedAt === LIVE) linesOf(personId).events.add(eventLine(event));
  };
  for (const interaction of interactions) {
    if (interaction.deletedAt !== LIVE) continue;
    addEvent(interaction.personId, interaction.eventId);
    const note = interaction.note.trim();
    if (note !== '') linesOf(interaction.personId).notes.add(note);
  }
  for (const shift of shifts) if (shift.deletedAt === LIVE) addEvent(shift.personId, shift.eventId);
  const encounters = new Map<string, PersonEncounters>();
  for (const [personId, { events, notes }] of lines) {
    if (events.size === 0 && notes.size === 0) continue;
    encounters.set(personId, { events: [...events].join('\n'), notes: [...notes].join('\n') });
  }
  return encounters;
}
