// Why an item is on Today, in words: one sentence per rule, with the people and the event linked.
import { Fragment } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SuggestedFollowUp } from '../../../shared/follow-ups/suggested-follow-up';
import type { FollowUpDetails } from './use-page-details';

function PersonLinks({ people }: { people: FollowUpDetails['people'] }) {
  const { t } = useTranslation('follow-ups');
  return (
    <>
      {people.map((person, index) => (
        <Fragment key={person.id}>
          {index > 0 && t('reason.and')}
          <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.displayName}</Link>
        </Fragment>
      ))}
    </>
  );
}

export function FollowUpReason({
  suggestion,
  details,
  windowDays,
}: {
  suggestion: SuggestedFollowUp;
  details: FollowUpDetails;
  windowDays: number;
}) {
  const { t, i18n } = useTranslation('follow-ups');
  const { event, people } = details;
  const components = {
    event: event ? <Link to={`/events/${encodeURIComponent(event.id)}`}>{event.name}</Link> : <></>,
    people: <PersonLinks people={people} />,
  };
  const date = event
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(event.startsAt)
    : '';
  const sentence = {
    met: <Trans t={t} i18nKey="reason.met" count={windowDays} components={components} />,
    cadence: t('reason.cadence', { count: people[0]?.keepInTouchDays ?? 0 }),
    'intro-check': <Trans t={t} i18nKey="reason.introCheck" components={components} />,
    thank: <Trans t={t} i18nKey="reason.thank" components={components} />,
    upcoming: <Trans t={t} i18nKey="reason.upcoming" values={{ date }} components={components} />,
  }[suggestion.rule];
  return <p className="follow-up__reason">{sentence}</p>;
}
