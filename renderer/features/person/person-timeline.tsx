// The person's history: "Log an interaction" (kind, day defaulting to today, note) and every
// interaction and volunteer shift, newest first.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { logInteraction } from '../../data/writes/interactions-writes';
import { ShiftTimelineItem } from '../volunteers/roster/shift-timeline-item';
import { InteractionForm } from './interaction-form';
import { TimelineItem } from './timeline-item';
import type { PersonTimeline as Timeline } from './use-person-timeline';

export function PersonTimeline({
  personId,
  timeline,
}: {
  personId: string;
  timeline: Timeline | undefined;
}) {
  const { t, i18n } = useTranslation('person');
  const db = useDatabase();
  const formatDate = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    return (at: number) => format.format(at);
  }, [i18n.language]);

  return (
    <section className="person-section person-timeline" aria-labelledby="person-timeline-title">
      <h2 id="person-timeline-title" className="person-section__title">
        {t('timeline.title')}
      </h2>
      <details className="person-timeline__log">
        <summary>{t('timeline.log')}</summary>
        <InteractionForm
          initial={{ kind: 'met', at: null, note: '' }}
          submitLabel={t('timeline.logSubmit')}
          onSubmit={async (draft) => {
            await logInteraction(db, { personId, ...draft });
          }}
        />
      </details>
      {timeline && timeline.entries.length === 0 && <p className="muted">{t('timeline.empty')}</p>}
      <ol className="timeline" aria-label={t('timeline.title')}>
        {timeline?.entries.map((entry) =>
          entry.kind === 'shift' ? (
            <ShiftTimelineItem key={entry.shift.id} entry={entry} formatDate={formatDate} />
          ) : (
            <TimelineItem key={entry.interaction.id} entry={entry} formatDate={formatDate} />
          ),
        )}
      </ol>
    </section>
  );
}
