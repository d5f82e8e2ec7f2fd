// One row of the People list: the name (with its reading under it when it has one), company ·
// role, a few topics as chips, how long since the last contact, and a button that moves the
// person to the trash (for mouse users; the keyboard has Delete). Positioned by the virtualiser.
import type { CSSProperties, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { formatRelativePast } from './format-relative-time';
import type { PersonRowData } from './use-people-rows';

export function personRowId(personId: string): string {
  return `person-row-${personId}`;
}

function companyAndRole(person: Person): string {
  return [person.company, person.role].filter((part) => part.trim() !== '').join(' · ');
}

export function PersonRow({
  data,
  index,
  selected,
  current,
  style,
  now,
  onOpen,
  onTrash,
}: {
  data: PersonRowData;
  index: number;
  selected: boolean;
  /** Where the keyboard is (the row aria-activedescendant points at). */
  current: boolean;
  style: CSSProperties;
  now: number;
  /** A click: opens the person, or with Ctrl/Cmd or Shift, changes the selection. */
  onOpen(person: Person, event: MouseEvent): void;
  onTrash(person: Person): void;
}) {
  const { t, i18n } = useTranslation('people');
  const { person, topics } = data;
  const reading = person.nameReading.trim();
  const lastContact =
    person.lastContactAt > 0
      ? t('list.lastContact', {
          when: formatRelativePast(person.lastContactAt, now, i18n.language),
        })
      : t('list.neverContacted');
  return (
    <div
      id={personRowId(person.id)}
      role="row"
      aria-rowindex={index + 1}
      aria-selected={selected}
      className={current ? 'person-row person-row--current' : 'person-row'}
      style={style}
      onClick={(event) => onOpen(person, event)}
    >
      <div role="gridcell" className="person-row__name">
        <span className="person-row__display-name">{person.displayName}</span>
        {reading !== '' && reading !== person.displayName && (
          <span className="person-row__reading">{reading}</span>
        )}
      </div>
      <div role="gridcell" className="person-row__work">
        <span className="person-row__company">{companyAndRole(person)}</span>
        <span className="person-row__topics">
          {topics.map((topic) => (
            <span key={topic.key} className="topic-chip">
              {topic.label}
            </span>
          ))}
        </span>
      </div>
      <div role="gridcell" className="person-row__contact">
        {lastContact}
      </div>
      <div role="gridcell" className="person-row__actions">
        <button
          type="button"
          tabIndex={-1}
          className="person-row__trash"
          aria-label={t('list.trash', { name: person.displayName })}
          title={t('list.trash', { name: person.displayName })}
          onClick={(event) => {
            event.stopPropagation();
            onTrash(person);
          }}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <path
              d="M3 4h10M6.5 4V2.5h3V4M4.5 4l.7 9.5h5.6l.7-9.5M7 6.5v5M9 6.5v5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
      </div>
    </div>
  );
}

export function PlaceholderRow({ index, style }: { index: number; style: CSSProperties }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 1}
      className="person-row person-row--loading"
      style={style}
    >
      <div role="gridcell" className="person-row__name" />
    </div>
  );
}
