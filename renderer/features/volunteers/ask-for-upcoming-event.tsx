// On the Volunteers screen: pick one of the next upcoming events and see who to ask for its open
// roles (the same panel the event's roster shows beside its gaps).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIVE } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { WhoToAskNext } from './who-to-ask-next';

const UPCOMING_SHOWN = 20;

export function AskForUpcomingEvent({ now }: { now: number }) {
  const { t, i18n } = useTranslation('volunteers');
  const db = useDatabase();
  const upcoming = useLiveQuery(
    () =>
      db.events
        .where('[deletedAt+startsAt]')
        .between([LIVE, now], [LIVE, Infinity], true, true)
        .limit(UPCOMING_SHOWN)
        .toArray(),
    [db, now],
  );
  const [chosen, setChosen] = useState<string>('');
  if (!upcoming || upcoming.length === 0) return null;
  const eventId = upcoming.some((event) => event.id === chosen) ? chosen : upcoming[0]!.id;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section className="volunteers-ask" aria-labelledby="volunteers-ask-title">
      <h2 id="volunteers-ask-title" className="volunteers__heading">
        {t('whoToAsk.forUpcoming')}
      </h2>
      <label className="volunteers-filters__field">
        <span>{t('whoToAsk.event')}</span>
        <select value={eventId} onChange={(event) => setChosen(event.target.value)}>
          {upcoming.map((event) => (
            <option key={event.id} value={event.id}>
              {t('whoToAsk.eventOption', { name: event.name, date: date.format(event.startsAt) })}
            </option>
          ))}
        </select>
      </label>
      <WhoToAskNext eventId={eventId} />
    </section>
  );
}
