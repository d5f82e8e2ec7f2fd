// The Trash (/people/trash): what was deleted (people, events, meetings, volunteer shifts,
// relationships), most recent first, one list each. Each row can be restored, or deleted for good
// after a confirmation that says what goes with it; "Empty trash" deletes everything in it for
// good, also after a confirmation that counts what, and on the desktop only once a backup of the
// data before it is saved (features/backup/save-safety-copy).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { Screen } from '../../app/screen';
import { showToast } from '../../app/toasts/toast-store';
import { purgeEvent } from '../../data/writes/events-writes';
import { purgeInteraction } from '../../data/writes/interactions-writes';
import { purgePerson } from '../../data/writes/people-writes';
import { purgeRelationship } from '../../data/writes/relationships-writes';
import { emptyTrash, type EmptiedTrash } from '../../data/writes/trash-writes';
import { purgeShift } from '../../data/writes/volunteer-shifts-writes';
import { useFormatters } from '../../i18n/format';
import '../../styles/people.css';
import { TrashedEventItem } from '../events/trashed-event-item';
import { useTrashedEvents } from '../events/use-trashed-events';
import { TrashedInteractionItem, useInteractionName } from '../person/trashed-interaction-item';
import { useTrashedInteractions } from '../person/use-trashed-interactions';
import { TrashedShiftItem, useShiftName } from '../volunteers/trashed-shift-item';
import { useTrashedShifts } from '../volunteers/use-trashed-shifts';
import {
  TrashedRelationshipItem,
  useRelationshipName,
} from '../relationships/trashed-relationship-item';
import { useTrashedRelationships } from '../relationships/use-trashed-relationships';
import { TrashSection } from './trash-section';
import { saveSafetyCopy } from '../backup/save-safety-copy';
import { TrashedPersonItem } from './trashed-person-item';
import { useTrashedPeople } from './use-trashed-people';

interface Purge {
  name: string;
  body: string;
  run(): Promise<void>;
}

type Confirming = { kind: 'purge'; purge: Purge } | { kind: 'empty'; counts: EmptiedTrash } | null;

const COUNT_KEYS = {
  people: 'trash.countPeople',
  events: 'trash.countEvents',
  interactions: 'trash.countInteractions',
  volunteerShifts: 'trash.countShifts',
  relationships: 'trash.countRelationships',
} as const;

export function TrashScreen() {
  const { t } = useTranslation('people');
  const { t: tRelationships } = useTranslation('relationships');
  const db = useDatabase();
  const platform = usePlatform();
  const format = useFormatters();
  const people = useTrashedPeople();
  const events = useTrashedEvents();
  const interactions = useTrashedInteractions();
  const shifts = useTrashedShifts();
  const relationships = useTrashedRelationships();
  const interactionName = useInteractionName();
  const shiftName = useShiftName();
  const relationshipName = useRelationshipName();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const loaded =
    people !== undefined &&
    events !== undefined &&
    interactions !== undefined &&
    shifts !== undefined &&
    relationships !== undefined;
  const counts: EmptiedTrash = {
    people: people?.total ?? 0,
    events: events?.total ?? 0,
    interactions: interactions?.total ?? 0,
    volunteerShifts: shifts?.total ?? 0,
    relationships: relationships?.total ?? 0,
  };
  const anything = Object.values(counts).some((count) => count > 0);

  /** "2 people and 1 event", leaving out what there is none of. */
  const what = (emptied: EmptiedTrash) =>
    (Object.keys(COUNT_KEYS) as (keyof EmptiedTrash)[])
      .filter((kind) => emptied[kind] > 0)
      .map((kind) =>
        t(COUNT_KEYS[kind], { count: emptied[kind], formattedCount: format.number(emptied[kind]) }),
      )
      .join(t('trash.and'));

  const askToPurge = (purge: Purge) => setConfirming({ kind: 'purge', purge });

  const purge = async ({ name, run }: Purge) => {
    setConfirming(null);
    try {
      await run();
      showToast({ message: t('trash.purgedToast', { name }) });
    } catch {
      showToast({ message: t('trash.purgeFailed', { name }), tone: 'error' });
    }
  };

  const empty = async () => {
    setConfirming(null);
    try {
      if (!(await saveSafetyCopy(db, platform, 'before-empty-trash'))) {
        throw new Error('The backup before emptying the trash was not saved.');
      }
      const emptied = await emptyTrash(db);
      showToast({ message: t('trash.emptiedToast', { what: what(emptied) }) });
    } catch {
      showToast({ message: t('trash.emptyFailed'), tone: 'error' });
    }
  };

  return (
    <Screen title={t('trash.title')}>
      <div className="trash-toolbar">
        <Link to="/people">{t('trash.backToPeople')}</Link>
        {loaded && anything && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirming({ kind: 'empty', counts })}
          >
            {t('trash.emptyTrash')}
          </button>
        )}
      </div>
      {loaded && !anything && (
        <div className="empty-state">
          <h2 className="empty-state__title">{t('trash.emptyTitle')}</h2>
          <p className="empty-state__body">{t('trash.emptyBody')}</p>
        </div>
      )}
      {loaded && (
        <>
          <TrashSection
            heading={t('trash.peopleHeading')}
            listLabel={t('trash.listLabel')}
            shown={people.people.length}
            total={people.total}
          >
            {people.people.map((person) => (
              <TrashedPersonItem
                key={person.id}
                person={person}
                onPurge={() =>
                  askToPurge({
                    name: person.displayName,
                    body: t('trash.confirmPurgeBody'),
                    run: () => purgePerson(db, person.id),
                  })
                }
              />
            ))}
          </TrashSection>
          <TrashSection
            heading={t('trash.eventsHeading')}
            listLabel={t('trash.eventListLabel')}
            shown={events.events.length}
            total={events.total}
          >
            {events.events.map((event) => (
              <TrashedEventItem
                key={event.id}
                event={event}
                onPurge={() =>
                  askToPurge({
                    name: event.name,
                    body: t('trash.confirmPurgeEventBody'),
                    run: () => purgeEvent(db, event.id),
                  })
                }
              />
            ))}
          </TrashSection>
          <TrashSection
            heading={t('trash.interactionsHeading')}
            listLabel={t('trash.interactionListLabel')}
            shown={interactions.items.length}
            total={interactions.total}
          >
            {interactions.items.map((item) => (
              <TrashedInteractionItem
                key={item.interaction.id}
                item={item}
                onPurge={() =>
                  askToPurge({
                    name: interactionName(item),
                    body: t('trash.cannotBeUndone'),
                    run: () => purgeInteraction(db, item.interaction.id),
                  })
                }
              />
            ))}
          </TrashSection>
          <TrashSection
            heading={t('trash.shiftsHeading')}
            listLabel={t('trash.shiftListLabel')}
            shown={shifts.items.length}
            total={shifts.total}
          >
            {shifts.items.map((item) => (
              <TrashedShiftItem
                key={item.shift.id}
                item={item}
                onPurge={() =>
                  askToPurge({
                    name: shiftName(item),
                    body: t('trash.cannotBeUndone'),
                    run: () => purgeShift(db, item.shift.id),
                  })
                }
              />
            ))}
          </TrashSection>
          <TrashSection
            heading={tRelationships('trash.heading')}
            listLabel={tRelationships('trash.listLabel')}
            shown={relationships.items.length}
            total={relationships.total}
          >
            {relationships.items.map((item) => (
              <TrashedRelationshipItem
                key={item.relationship.id}
                item={item}
                onPurge={() =>
                  askToPurge({
                    name: relationshipName(item),
                    body: t('trash.cannotBeUndone'),
                    run: () => purgeRelationship(db, item.relationship.id),
                  })
                }
              />
            ))}
          </TrashSection>
        </>
      )}
      {confirming?.kind === 'purge' && (
        <ConfirmDialog
          title={t('trash.confirmPurgeTitle', { name: confirming.purge.name })}
          body={confirming.purge.body}
          confirmLabel={t('trash.deleteForGood')}
          cancelLabel={t('trash.cancel')}
          onConfirm={() => void purge(confirming.purge)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {confirming?.kind === 'empty' && (
        <ConfirmDialog
          title={t('trash.confirmEmptyTitle')}
          body={t('trash.confirmEmptyBody', { what: what(confirming.counts) })}
          confirmLabel={t('trash.emptyTrash')}
          cancelLabel={t('trash.cancel')}
          onConfirm={() => void empty()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </Screen>
  );
}
