// The Trash (/people/trash): people, events and interactions deleted, most recent first, each in
// its own list.
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
import { purgeInteraction } from '../../data/writes/interactions-writes';
import { purgePerson } from '../../data/writes/people-writes';
import { emptyTrash, type EmptiedTrash } from '../../data/writes/trash-writes';
import { useFormatters } from '../../i18n/format';
import '../../styles/people.css';
import { TrashedEventItem } from '../events/trashed-event-item';
import { useTrashedEvents } from '../events/use-trashed-events';
import { TrashedInteractionItem, useInteractionName } from '../person/trashed-interaction-item';
import {
  useTrashedInteractions,
  type TrashedInteraction,
} from '../person/use-trashed-interactions';
import { TrashedPersonItem } from './trashed-person-item';
import { useTrashedPeople } from './use-trashed-people';

type Confirming =
  | { kind: 'purge-person'; person: Person }
  | { kind: 'purge-event'; event: HallwayEvent }
  | { kind: 'purge-interaction'; item: TrashedInteraction }
  | { kind: 'empty'; counts: EmptiedTrash }
  | null;

const COUNT_KEYS = {
  people: 'trash.countPeople',
  events: 'trash.countEvents',
  interactions: 'trash.countInteractions',
} as const;

export function TrashScreen() {
  const { t } = useTranslation('people');
  const db = useDatabase();
  const format = useFormatters();
  const people = useTrashedPeople();
  const events = useTrashedEvents();
  const interactions = useTrashedInteractions();
  const interactionName = useInteractionName();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const loaded = people !== undefined && events !== undefined && interactions !== undefined;
  const counts: EmptiedTrash = {
    people: people?.total ?? 0,
    events: events?.total ?? 0,
    interactions: interactions?.total ?? 0,
  };
  const anything = counts.people + counts.events + counts.interactions > 0;

  /** "2 people and 1 event", leaving out what there is none of. */
  const what = (emptied: EmptiedTrash) =>
    (['people', 'events', 'interactions'] as const)
      .filter((kind) => emptied[kind] > 0)
      .map((kind) =>
        t(COUNT_KEYS[kind], {
          count: emptied[kind],
          formattedCount: format.number(emptied[kind]),
        }),
      )
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
      {loaded && interactions.total > 0 && (
        <section className="trash-section">
          <h2>{t('trash.interactionsHeading')}</h2>
          {shownOf(interactions.items.length, interactions.total)}
          <ul className="trash-list" aria-label={t('trash.interactionListLabel')}>
            {interactions.items.map((item) => (
              <TrashedInteractionItem
                key={item.interaction.id}
                item={item}
                onPurge={() => setConfirming({ kind: 'purge-interaction', item })}
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
      {confirming?.kind === 'purge-interaction' && (
        <ConfirmDialog
          title={t('trash.confirmPurgeTitle', { name: interactionName(confirming.item) })}
          body={t('trash.confirmPurgeInteractionBody')}
          confirmLabel={t('trash.deleteForGood')}
          cancelLabel={t('trash.cancel')}
          onConfirm={() =>
            void purge(interactionName(confirming.item), () =>
              purgeInteraction(db, confirming.item.interaction.id),
            )
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
