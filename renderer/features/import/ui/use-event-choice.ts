// Which event the preview attaches the rows to, before the user changes it. Attendee lists and
// rosters go to the event they were imported into before when there is one (a re-import adds
// nothing), else to a new event named, dated and linked from what the file says, else from the
// file's name and today. Contact files (Google, LinkedIn, vCard, a plain CSV) are not about an
// event: no event, which the user can still change.
import { useMemo, useState } from 'react';
import type { HallwayEvent } from '../../../../shared/domain/entities';
import { eventFactsFromFile, eventNameFromFileName } from '../../../../shared/import/event-facts';
import type { ImportPreview } from '../../../../shared/import/import-preview';
import { toDateTimeLocalValue } from '../../events/event-time';
import type { EventChoice, NewEventFields } from './attach-to-event';
import { useRecognisedEvent } from './use-recognised-event';

export interface EventChoiceState {
  choice: EventChoice;
  setChoice(choice: EventChoice): void;
  newEventDefaults: NewEventFields;
  /** The event this list was imported into before: null if none, undefined while looking. */
  recognised: HallwayEvent | null | undefined;
}

export function useEventChoice(preview: ImportPreview, fileName: string): EventChoiceState {
  const aboutAnEvent = preview.isAttendeeList || preview.isVolunteerRoster;
  const [facts] = useState(() =>
    eventFactsFromFile(fileName, preview.format, preview.eventHint?.startsAt),
  );
  const [newEventDefaults] = useState<NewEventFields>(() => ({
    name: facts.name ?? eventNameFromFileName(fileName),
    startsAt: toDateTimeLocalValue(facts.startsAt ?? Date.now()),
    eventKind: 'meetup',
    url: facts.url ?? '',
  }));
  const wanted = useMemo(
    () =>
      aboutAnEvent
        ? {
            name: newEventDefaults.name,
            ...(facts.startsAt !== undefined && { startsAt: facts.startsAt }),
            ...(facts.url !== undefined && { url: facts.url }),
          }
        : null,
    [aboutAnEvent, facts, newEventDefaults],
  );
  const recognised = useRecognisedEvent(wanted);
  const [chosen, setChoice] = useState<EventChoice | null>(null);
  const choice: EventChoice =
    chosen ??
    (!aboutAnEvent
      ? { kind: 'none' }
      : recognised
        ? { kind: 'existing', eventId: recognised.id }
        : { kind: 'new', ...newEventDefaults });
  return { choice, setChoice, newEventDefaults, recognised };
}
