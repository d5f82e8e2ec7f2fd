// "Who to ask next" for an event's open roles: per role still to ask for, the best candidates with
// why they are suggested, an "Ask" button (invites them: they join the roster as invited) and
// "Copy request" (a drafted message to send them).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAskVolunteer } from './use-ask-volunteer';
import { useSuggestionReasonText } from './use-suggestion-reason-text';
import { useVolunteerCellFormat } from './volunteer-cell-format';
import type { VolunteerSuggestions } from './load-volunteer-suggestions';
import { useVolunteerSuggestions } from './use-volunteer-suggestions';

export function WhoToAskNext({ eventId }: { eventId: string }) {
  const { t } = useTranslation('volunteers');
  const [now] = useState(() => Date.now());
  const suggestions = useVolunteerSuggestions(eventId, now);
  return (
    <section className="who-to-ask" aria-labelledby={`who-to-ask-${eventId}`}>
      <h3 id={`who-to-ask-${eventId}`} className="who-to-ask__title">
        {t('whoToAsk.title')}
      </h3>
      {suggestions === undefined ? (
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      ) : suggestions === null ? (
        <p className="muted">{t('whoToAsk.noEvent')}</p>
      ) : !suggestions.hasRoles ? (
        <p className="muted">{t('whoToAsk.noRoles')}</p>
      ) : suggestions.roles.length === 0 ? (
        <p className="muted">{t('whoToAsk.allAsked')}</p>
      ) : (
        <RoleSuggestions suggestions={suggestions} />
      )}
    </section>
  );
}

function RoleSuggestions({ suggestions }: { suggestions: VolunteerSuggestions }) {
  const { t } = useTranslation('volunteers');
  const format = useVolunteerCellFormat();
  const reasonText = useSuggestionReasonText(suggestions.topicLabels);
  const { ask, copyRequest } = useAskVolunteer();
  const { event } = suggestions;
  return (
    <div className="who-to-ask__roles">
      {suggestions.roles.map(({ role, unasked, candidates }) => (
        <section key={role} className="who-to-ask__role" aria-label={format.role(role)}>
          <h4 className="who-to-ask__role-title">
            {t('whoToAsk.role', { role: format.role(role), count: unasked })}
          </h4>
          {candidates.length === 0 ? (
            <p className="muted">{t('whoToAsk.nobody')}</p>
          ) : (
            <ul className="who-to-ask__list">
              {candidates.map((candidate) => (
                <li key={candidate.personId} className="who-to-ask__candidate">
                  <div className="who-to-ask__who">
                    <Link to={`/people/${encodeURIComponent(candidate.personId)}`}>
                      {candidate.displayName}
                    </Link>
                    <ul className="who-to-ask__reasons">
                      {candidate.reasons.map((reason) => (
                        <li key={reason.kind}>{reasonText(reason)}</li>
                      ))}
                    </ul>
                  </div>
                  <div className="who-to-ask__actions">
                    <button
                      type="button"
                      className="button button--primary"
                      aria-label={t('whoToAsk.askLabel', {
                        name: candidate.displayName,
                        role: format.role(role),
                      })}
                      onClick={() =>
                        void ask(event, candidate.personId, candidate.displayName, role)
                      }
                    >
                      {t('whoToAsk.ask')}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => void copyRequest(event, candidate.displayName, role)}
                    >
                      {t('whoToAsk.copyRequest')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
