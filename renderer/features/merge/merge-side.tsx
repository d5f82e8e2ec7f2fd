// One of the two records in the merge dialog, with what tells it apart from the other: company,
// e-mails, how many times the user met them and when they were last in contact.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIVE, type Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { relativeTime } from '../person/relative-time';

function useTimesMet(personId: string): number | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.interactions
        .where('[personId+at]')
        .between([personId, -Infinity], [personId, Infinity])
        .filter((interaction) => interaction.deletedAt === LIVE && interaction.kind === 'met')
        .count(),
    [db, personId],
  );
}

export function MergeSide({ label, person }: { label: string; person: Person }) {
  const { t, i18n } = useTranslation('merge');
  const timesMet = useTimesMet(person.id);
  const [now] = useState(() => Date.now());
  const headingId = useId();
  const none = t('side.none');
  return (
    <section className="merge-side" aria-labelledby={headingId}>
      <p id={headingId}>
        <span className="muted">{label}</span> <strong>{person.displayName}</strong>
      </p>
      <dl className="facts merge-side__facts">
        <dt>{t('fields.company')}</dt>
        <dd>{person.company || none}</dd>
        <dt>{t('fields.emails')}</dt>
        <dd>{person.emails.length > 0 ? person.emails.join(', ') : none}</dd>
        <dt>{t('side.timesMet')}</dt>
        <dd>{timesMet === undefined ? '' : t('side.timesMetValue', { count: timesMet })}</dd>
        <dt>{t('side.lastContact')}</dt>
        <dd>
          {person.lastContactAt === 0
            ? t('side.never')
            : relativeTime(person.lastContactAt, now, i18n.language)}
        </dd>
      </dl>
    </section>
  );
}
