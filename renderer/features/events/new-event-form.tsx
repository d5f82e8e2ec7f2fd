// "New event": the form on the Events screen. Creating the event opens its page.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EVENT_KINDS, type EventKind } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { createEvent } from '../../data/writes/events-writes';
import { eventPath } from './event-paths';
import { fromDateTimeLocalValue } from './event-time';
import { SeriesOptions } from './series-options';

interface NewEventFields {
  name: string;
  startsAt: string;
  endsAt: string;
  kind: EventKind;
  series: string;
  location: string;
  url: string;
  myRole: string;
  notes: string;
}

const EMPTY: NewEventFields = {
  name: '',
  startsAt: '',
  endsAt: '',
  kind: 'meetup',
  series: '',
  location: '',
  url: '',
  myRole: 'attendee',
  notes: '',
};

type Problem = 'nameRequired' | 'startRequired' | 'endBeforeStart';

function problemOf(fields: NewEventFields): Problem | null {
  const startsAt = fromDateTimeLocalValue(fields.startsAt);
  const endsAt = fromDateTimeLocalValue(fields.endsAt);
  if (fields.name.trim() === '') return 'nameRequired';
  if (startsAt === null) return 'startRequired';
  if (endsAt !== null && endsAt < startsAt) return 'endBeforeStart';
  return null;
}

export function NewEventForm({ onCancel }: { onCancel(): void }) {
  const { t } = useTranslation('events');
  const db = useDatabase();
  const navigate = useNavigate();
  const [fields, setFields] = useState(EMPTY);
  const [problem, setProblem] = useState<Problem | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const seriesListId = `${id}-series`;

  useEffect(() => nameRef.current?.focus(), []);

  const field = (name: keyof NewEventFields) => ({
    id: `${id}-${name}`,
    value: fields[name],
    onChange: (event: { target: { value: string } }) =>
      setFields((current) => ({ ...current, [name]: event.target.value })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemOf(fields);
    setProblem(found);
    if (found) return;
    const created = await createEvent(db, {
      ...fields,
      startsAt: fromDateTimeLocalValue(fields.startsAt) ?? 0,
      endsAt: fromDateTimeLocalValue(fields.endsAt),
    });
    navigate(eventPath(created.id));
  };

  const label = (name: keyof NewEventFields) => (
    <label htmlFor={`${id}-${name}`}>{t(`fields.${name}`)}</label>
  );

  return (
    <form
      className="event-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('form.title')}</h2>
      <div className="event-form__grid">
        {label('name')}
        <input ref={nameRef} type="text" required {...field('name')} />
        {label('startsAt')}
        <input type="datetime-local" required {...field('startsAt')} />
        {label('endsAt')}
        <input type="datetime-local" {...field('endsAt')} />
        {label('kind')}
        <select {...field('kind')}>
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
        {label('series')}
        <input type="text" list={seriesListId} autoComplete="off" {...field('series')} />
        {label('location')}
        <input type="text" {...field('location')} />
        {label('url')}
        <input type="url" {...field('url')} />
        {label('myRole')}
        <input type="text" {...field('myRole')} />
        {label('notes')}
        <textarea rows={3} {...field('notes')} />
      </div>
      <SeriesOptions id={seriesListId} />
      <p className="event-form__problem" role="alert">
        {problem ? t(`form.${problem}`) : ''}
      </p>
      <div className="event-form__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('form.create')}
        </button>
      </div>
    </form>
  );
}
