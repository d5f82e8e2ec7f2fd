// The Trash (/people/trash): people and events deleted, most recent first, each in its own list.
// Each can be restored, or deleted for good after a confirmation that says what goes with it;
// "Empty trash" deletes everything in it for good, also after a confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HallwayEvent, Person } from '../../../shared/domain/entities';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useDatabase } from '../../app/database-context';
import { Screen } from '../../app/screen';
import { showToast } from '../../app/toasts/toast-store';
import { purgeEvent } from '../../data/writes/events-writes';
import { purgePerson } from '../../data/writes/people-writes';
import { emptyTrash, type EmptiedTrash } from '../../data/writes/trash-writes';
import { useFormatters } from '../../i18n/format';
import '../../styles/people.css';
import { TrashedEventItem } from '../events/trashed-event-item';
import { useTrashedEvents } from '../events/use-trashed-events';
import { TrashedPersonItem } from './trashed-person-item';
import { useTrashedPeople } from './use-trashed-people';

type Confirming =
  | { kind: 'purge-person'; person: Person }
  | { kind: 'purge-event'; event: HallwayEvent }
  | { kind: 'empty'; counts: EmptiedTrash }
  | null;

export function TrashScreen() {
  const { t } = useTranslation('people');
  const db = useDatabase();
  const format = useFormatters();
  const people = useTrashedPeople();
  const events = useTrashedEvents();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const loaded = people !== undefined && events !== undefined;
  const counts: EmptiedTrash = { people: people?.total ?? 0, events: events?.total ?? 0 };

  /** "2 people and 1 event", leaving out what there is none of. */
  const what = ({ people: personCount, events: eventCount }: EmptiedTrash) =>
    [
      personCount > 0 &&
        t('trash.countPeople', { count: personCount, formattedCount: format.number(personCount) }),
      eventCount > 0 &&
        t('trash.countEvents', { count: eventCount, formattedCount: format.number(eventCount) }),
    ]
      .filter((part) => part !== false)
      .join(t('trash.and'));

  const purge = async (name: string, run: () => Promise<void>) => {
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
      const emptied = await emptyTrash(db);
      showToast({ message: t('trash.emptiedToast', { what: what(emptied) }) });
    } catch {
      showToast({ message: t('trash.emptyFailed'), tone: 'error' });
    }
  };

  const shownOf = (shown: number, total: number) =>
    total > shown && (
      <p className="screen__summary">
        {t('trash.showingNewest', {
          formattedShown: format.number(shown),
          formattedCount: format.number(total),
        })}
      </p>
    );

  return (
    <Screen title={t('trash.title')}>
      <div className="trash-toolbar">
        <Link to="/people">{t('trash.backToPeople')}</Link>
        {loaded && counts.people + counts.events > 0 && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirming({ kind: 'empty', counts })}
          >
            {t('trash.emptyTrash')}
          </button>
        )}
      </div>
      {loaded && counts.people + counts.events === 0 && (
        <div className="empty-state">
          <h2 className="empty-state__title">{t('trash.emptyTitle')}</h2>
          <p className="empty-state__body">{t('trash.emptyBody')}</p>
        </div>
      )}
      {loaded && people.total > 0 && (
        <section className="trash-section">
          <h2>{t('trash.peopleHeading')}</h2>
          {shownOf(people.people.length, people.total)}
          <ul className="trash-list" aria-label={t('trash.listLabel')}>
            {people.people.map((person) => (
              <TrashedPersonItem
                key={person.id}
                person={person}
                onPurge={() => setConfirming({ kind: 'purge-person', person })}
              />
            ))}
          </ul>
        </section>
      )}
      {loaded && events.total > 0 && (
        <section className="trash-section">
          <h2>{t('trash.eventsHeading')}</h2>
          {shownOf(events.events.length, events.total)}
          <ul className="trash-list" aria-label={t('trash.eventListLabel')}>
            {events.events.map((event) => (
              <TrashedEventItem
                key={event.id}
                event={event}
                onPurge={() => setConfirming({ kind: 'purge-event', event })}
              />
            ))}
          </ul>
        </section>
      )}
      {confirming?.kind === 'purge-person' && (
        <ConfirmDialog
          title={t('trash.confirmPurgeTitle', { name: confirming.person.displayName })}
          body={t('trash.confirmPurgeBody')}
          confirmLabel={t('trash.deleteForGood')}
          cancelLabel={t('trash.cancel')}
          onConfirm={() =>
            void purge(confirming.person.displayName, () => purgePerson(db, confirming.person.id))
          }
          onCancel={() => setConfirming(null)}
        />
      )}
      {confirming?.kind === 'purge-event' && (
        <ConfirmDialog
          title={t('trash.confirmPurgeTitle', { name: confirming.event.name })}
          body={t('trash.confirmPurgeEventBody')}
          confirmLabel={t('trash.deleteForGood')}
          cancelLabel={t('trash.cancel')}
          onConfirm={() =>
            void purge(confirming.event.name, () => purgeEvent(db, confirming.event.id))
          }
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
