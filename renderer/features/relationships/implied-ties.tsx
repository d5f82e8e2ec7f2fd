// "From your data": the ties a person's page can read from what the user already recorded
// (introductions made between them and others, people met at the same events), below the stated
// relationships and not editable there. Only the first people met at the same events are named.
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../shared/domain/entities';
import { useFormatters } from '../../i18n/format';
import { useImpliedTies } from './use-relationships';

const personLink = (person: Person) => <Link to={`/people/${encodeURIComponent(person.id)}`} />;

export function ImpliedTies({ personId }: { personId: string }) {
  const { t } = useTranslation('relationships');
  const format = useFormatters();
  const ties = useImpliedTies(personId);
  if (!ties) return null;
  const { introduced, metAtSameEvents } = ties;
  if (introduced.length === 0 && metAtSameEvents.total === 0) return null;
  const more = metAtSameEvents.total - metAtSameEvents.ties.length;
  return (
    <section className="implied-ties" aria-label={t('implied.title')}>
      <h3>{t('implied.title')}</h3>
      <p className="muted">{t('implied.hint')}</p>
      <ul className="implied-ties__list">
        {introduced.map(({ introduction, other }) => (
          <li key={introduction.id}>
            <Trans
              t={t}
              i18nKey="implied.introduced"
              values={{ other: other.displayName }}
              components={{ other: personLink(other) }}
            />
          </li>
        ))}
        {metAtSameEvents.ties.map(({ other, events }) => (
          <li key={other.id}>
            <Trans
              t={t}
              i18nKey={events.length === 1 ? 'implied.metAt' : 'implied.metAtMany'}
              values={{
                other: other.displayName,
                event: events[0]!.name,
                formattedCount: format.number(events.length),
              }}
              components={{ other: personLink(other) }}
            />
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="muted">
          {t('implied.more', { count: more, formattedCount: format.number(more) })}
        </p>
      )}
    </section>
  );
}
