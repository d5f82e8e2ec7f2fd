// One introduction: the two people (links to their pages), the reason, the date of each step
// reached, the outcome note (saved when leaving the field), and the moves its status allows.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INTRODUCTION_STATUSES } from '../../../shared/domain/entities';
import { contextOnly } from '../../../shared/introductions/introduction-reason-facts';
import { canTransition, nextStep } from '../../../shared/introductions/introduction-transitions';
import { messageLanguageOf } from '../../../shared/introductions/message-language';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { useFormatters } from '../../i18n/format';
import { setIntroductionStatus, updateIntroduction } from '../../data/writes/introductions-writes';
import { IntroductionMessageDialog } from './introduction-message-dialog';
import { useFocusWhenOpened } from './opened-introduction';
import { useIntroductionReason } from './use-introduction-reason';
import type { IntroductionView } from './use-introductions';

function personLink(id: string): string {
  return `/people/${encodeURIComponent(id)}`;
}

export function IntroductionCard({ view }: { view: IntroductionView }) {
  const { t, i18n } = useTranslation('introductions');
  const db = useDatabase();
  const format = useFormatters();
  const { introduction, a, b } = view;
  const [outcome, setOutcome] = useState(introduction.outcome);
  const [drafting, setDrafting] = useState(false);
  const next = nextStep(introduction.status);
  const pair = t('pair', { a: a.displayName, b: b.displayName });
  const nameFor = (action: string) => t('actionFor', { action, pair });
  const card = useRef<HTMLElement>(null);
  useFocusWhenOpened(introduction.id, card);
  const language = messageLanguageOf(i18n.language);
  const reason = useIntroductionReason(introduction, language);
  const messageReason = useIntroductionReason(introduction, language, contextOnly);

  const move = async (status: (typeof INTRODUCTION_STATUSES)[number]) => {
    await setIntroductionStatus(db, introduction.id, status);
    showToast({ message: t('statusChanged', { pair, status: t(`status.${status}`) }) });
  };

  return (
    <article ref={card} tabIndex={-1} className="introduction-card" aria-label={pair}>
      <h3 className="introduction-card__pair">
        <Link to={personLink(a.id)}>{a.displayName}</Link>
        <span aria-hidden="true"> ↔ </span>
        <Link to={personLink(b.id)}>{b.displayName}</Link>
      </h3>
      {reason && <p className="introduction-card__reason">{reason}</p>}
      <ul className="introduction-card__dates">
        {INTRODUCTION_STATUSES.flatMap((status) => {
          const at = introduction.statusDates[status];
          return at === undefined
            ? []
            : [
                <li key={status}>
                  {t('statusOn', { status: t(`status.${status}`), date: format.date(at) })}
                </li>,
              ];
        })}
      </ul>
      <label className="person-field">
        <span className="person-field__label">{t('outcomeLabel')}</span>
        <textarea
          rows={2}
          value={outcome}
          onChange={(event) => setOutcome(event.target.value)}
          onBlur={() => {
            if (outcome !== introduction.outcome)
              void updateIntroduction(db, introduction.id, { outcome });
          }}
        />
      </label>
      <div className="introduction-card__actions">
        {next && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void move(next)}
            aria-label={nameFor(t(`moveTo.${next}`))}
          >
            {t(`moveTo.${next}`)}
          </button>
        )}
        {canTransition(introduction.status, 'declined') && (
          <button
            type="button"
            className="button"
            aria-label={nameFor(t('moveTo.declined'))}
            onClick={() => void move('declined')}
          >
            {t('moveTo.declined')}
          </button>
        )}
        {introduction.status === 'declined' && (
          <button
            type="button"
            className="button"
            aria-label={nameFor(t('moveTo.idea'))}
            onClick={() => void move('idea')}
          >
            {t('moveTo.idea')}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          aria-label={nameFor(t('draftMessage'))}
          onClick={() => setDrafting(true)}
        >
          {t('draftMessage')}
        </button>
      </div>
      {drafting && (
        <IntroductionMessageDialog
          a={a}
          b={b}
          reason={messageReason ?? ''}
          onClose={() => setDrafting(false)}
        />
      )}
    </article>
  );
}
