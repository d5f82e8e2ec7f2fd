// The Today screen: follow-ups in three sections (overdue, due today, coming up), each item with
// its reason, the last thing noted and Done / Snooze / Dismiss, all by keyboard too (today-keys).
// Long sections show their first items and a "Show more" button (only those are read). The keys
// work as soon as the screen shows, and when focus falls to the page (the Undo toast went away,
// the screen was opened by its address) the active item takes it back.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestedFollowUp } from '../../../shared/follow-ups/suggested-follow-up';
import { TODAY_SECTIONS } from '../../../shared/follow-ups/today-page';
import { EmptyState } from '../../app/empty-state';
import { Screen } from '../../app/screen';
import { useScreenKeys } from '../../app/use-screen-keys';
import { useFormatters } from '../../i18n/format';
import '../../styles/follow-ups.css';
import { BackupReminder } from '../backup/backup-reminder';
import { FollowUpItem } from './follow-up-item';
import { todayKeyCommand } from './today-keys';
import { useFollowUpActions } from './use-follow-up-actions';
import { useFollowUpSettings } from './use-follow-up-settings';
import { usePageDetails } from './use-page-details';
import { PAGE, useShowMoreFollowUps, useTodayFollowUps } from './today-follow-ups-provider';

export function TodayScreen() {
  const { t } = useTranslation('follow-ups');
  const format = useFormatters();
  const view = useTodayFollowUps();
  const settings = useFollowUpSettings();
  const actions = useFollowUpActions();
  const showMore = useShowMoreFollowUps();
  const [activeKey, setActiveKey] = useState<string>();
  const [snoozingKey, setSnoozingKey] = useState<string>();
  const itemRefs = useRef(new Map<string, HTMLLIElement>());

  const shown = view
    ? TODAY_SECTIONS.map((name) => ({ name, count: view.counts[name], visible: view[name] }))
    : [];
  const flat = useMemo(
    () => (view ? [...view.overdue, ...view.dueToday, ...view.comingUp] : []),
    [view],
  );
  const details = usePageDetails(flat);
  const activeIndex = Math.max(
    0,
    flat.findIndex((item) => item.key === activeKey),
  );
  const active: SuggestedFollowUp | undefined = flat[activeIndex];

  const focusAt = (index: number) => {
    const target = flat[Math.min(Math.max(index, 0), flat.length - 1)];
    if (!target) return;
    setActiveKey(target.key);
    itemRefs.current.get(target.key)?.focus();
  };

  /** After an item leaves the list, the next one (or the last) takes the focus. */
  const handOnFocus = (suggestion: SuggestedFollowUp) => {
    const index = flat.findIndex((item) => item.key === suggestion.key);
    const next = flat[index + 1] ?? flat[index - 1];
    setActiveKey(next?.key);
    setSnoozingKey(undefined);
    if (next) itemRefs.current.get(next.key)?.focus();
  };

  useScreenKeys((event) => {
    const command = todayKeyCommand(event);
    if (!command || !active) return;
    event.preventDefault();
    if (command === 'next') focusAt(activeIndex + 1);
    else if (command === 'previous') focusAt(activeIndex - 1);
    else if (command === 'done') {
      handOnFocus(active);
      void actions.done(active);
    } else if (command === 'dismiss') {
      handOnFocus(active);
      void actions.dismiss(active);
    } else setSnoozingKey(active.key);
  });

  useEffect(() => {
    const focusIsLost = document.activeElement === null || document.activeElement === document.body;
    if (active && focusIsLost) itemRefs.current.get(active.key)?.focus();
  }, [flat, active]);

  const subtitle = view ? format.date(view.now) : undefined;
  if (!view || !settings) {
    return (
      <Screen title={t('title')} subtitle={subtitle}>
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      </Screen>
    );
  }
  if (flat.length === 0) {
    return (
      <Screen title={t('title')} subtitle={subtitle}>
        <BackupReminder />
        <EmptyState title={t('emptyTitle')} body={t('emptyBody')} />
      </Screen>
    );
  }
  return (
    <Screen title={t('title')} subtitle={subtitle}>
      <BackupReminder />
      <p className="today__hint">{t('keyboardHint')}</p>
      <div className="today">
        {shown.map(({ name, count, visible }) =>
          count === 0 ? null : (
            <section key={name} className="today__section" aria-labelledby={`today-${name}`}>
              <h2 id={`today-${name}`} className="today__heading">
                {t(`sections.${name}`)} <span className="today__count">{format.number(count)}</span>
              </h2>
              <ul className="today__list">
                {visible.map((suggestion) => (
                  <FollowUpItem
                    key={suggestion.key}
                    ref={(element) => {
                      if (element) itemRefs.current.set(suggestion.key, element);
                      else itemRefs.current.delete(suggestion.key);
                    }}
                    suggestion={suggestion}
                    details={details?.get(suggestion.key)}
                    now={view.now}
                    windowDays={settings.followUpWindowDays}
                    active={suggestion.key === active?.key}
                    snoozing={suggestion.key === snoozingKey}
                    onFocus={() => setActiveKey(suggestion.key)}
                    onDone={() => {
                      handOnFocus(suggestion);
                      void actions.done(suggestion);
                    }}
                    onSnoozeOpen={() => setSnoozingKey(suggestion.key)}
                    onSnoozeClose={() => {
                      setSnoozingKey(undefined);
                      itemRefs.current.get(suggestion.key)?.focus();
                    }}
                    onSnooze={(until) => {
                      handOnFocus(suggestion);
                      void actions.snooze(suggestion, until);
                    }}
                    onDismiss={() => {
                      handOnFocus(suggestion);
                      void actions.dismiss(suggestion);
                    }}
                  />
                ))}
              </ul>
              {count > visible.length && (
                <ShowMoreButton
                  label={t('showMore', {
                    count: Math.min(PAGE, count - visible.length),
                    formattedCount: format.number(Math.min(PAGE, count - visible.length)),
                  })}
                  section={t(`sections.${name}`)}
                  onClick={() => showMore(name)}
                />
              )}
            </section>
          ),
        )}
      </div>
    </Screen>
  );
}

/** "Show 30 more", named with its section ("Show 30 more: Overdue") since each section has one. */
function ShowMoreButton(props: { label: string; section: string; onClick(): void }) {
  const { t } = useTranslation('follow-ups');
  return (
    <button
      type="button"
      className="button button--quiet"
      aria-label={t('actionFor', { action: props.label, who: props.section })}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}
