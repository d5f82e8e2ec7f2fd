// One Today item: who (linked), why, the last thing noted, and Done / Snooze / Dismiss. The item
// itself is focusable (the list moves focus between items with j/k or the arrows) and its
// buttons are ordinary buttons, reachable with Tab. A volunteer's thank-you item shows its drafted
// message, copied with C.
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SuggestedFollowUp } from '../../../shared/follow-ups/suggested-follow-up';
import { ThankYouDraft } from '../volunteers/thank-you-draft';
import { isTypingTarget } from '../quick-capture/is-typing-target';
import { FollowUpReason } from './follow-up-reason';
import { SnoozeMenu } from './snooze-menu';
import type { FollowUpDetails } from './use-page-details';

export interface FollowUpItemProps {
  suggestion: SuggestedFollowUp;
  /** Undefined while they are read. */
  details: FollowUpDetails | undefined;
  now: number;
  windowDays: number;
  active: boolean;
  snoozing: boolean;
  onFocus: () => void;
  onDone: () => void;
  onSnoozeOpen: () => void;
  onSnoozeClose: () => void;
  onSnooze: (until: number) => void;
  onDismiss: () => void;
}

export const FollowUpItem = forwardRef<HTMLLIElement, FollowUpItemProps>(
  function FollowUpItem(props, ref) {
    const { suggestion, details, active } = props;
    const { t } = useTranslation('follow-ups');
    const titleId = `follow-up-${suggestion.key}`;
    const names = details?.people.map((person) => person.displayName).join(t('reason.and')) ?? '';
    const who = suggestion.rule === 'upcoming' ? (details?.event?.name ?? '') : names;
    /** "Done: Ada Lovelace", so that each item's buttons say whose they are. */
    const nameFor = (action: string) => (who ? t('actionFor', { action, who }) : undefined);
    return (
      <li
        ref={ref}
        className="follow-up"
        tabIndex={active ? 0 : -1}
        aria-labelledby={titleId}
        data-active={active || undefined}
        onFocus={(event) => {
          if (event.target === event.currentTarget) props.onFocus();
        }}
        onKeyDown={(event) => {
          const copyKey =
            event.key.toLowerCase() === 'c' && !event.ctrlKey && !event.metaKey && !event.altKey;
          const copyButton =
            event.currentTarget.querySelector<HTMLButtonElement>('[data-copy-thank-you]');
          if (!copyButton || !copyKey || isTypingTarget(event.target)) return;
          event.preventDefault();
          copyButton.click();
        }}
      >
        <h3 className="follow-up__who" id={titleId}>
          {who}
        </h3>
        {details && (
          <FollowUpReason suggestion={suggestion} details={details} windowDays={props.windowDays} />
        )}
        {details && suggestion.rule === 'upcoming' ? (
          <ul className="follow-up__attendees">
            {details.people.map((person) => (
              <li key={person.id}>
                <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.displayName}</Link>
                {details.lastNotes[person.id] && (
                  <span className="follow-up__note"> — {details.lastNotes[person.id]}</span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          details?.lastNote && (
            <p className="follow-up__note">{t('lastNote', { note: details.lastNote })}</p>
          )
        )}
        {suggestion.rule === 'thank' && <ThankYouDraft suggestion={suggestion} who={who} />}
        <div className="follow-up__actions">
          <button
            type="button"
            className="button button--primary"
            aria-label={nameFor(t('actions.done'))}
            onClick={props.onDone}
          >
            {t('actions.done')}
          </button>
          <button
            type="button"
            className="button"
            aria-label={nameFor(t('actions.snooze'))}
            aria-expanded={props.snoozing}
            onClick={props.snoozing ? props.onSnoozeClose : props.onSnoozeOpen}
          >
            {t('actions.snooze')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={nameFor(t('actions.dismiss'))}
            onClick={props.onDismiss}
          >
            {t('actions.dismiss')}
          </button>
        </div>
        {props.snoozing && (
          <SnoozeMenu now={props.now} onSnooze={props.onSnooze} onClose={props.onSnoozeClose} />
        )}
      </li>
    );
  },
);
