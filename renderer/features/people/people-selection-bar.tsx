// The bar over the People list while people are selected: how many, "Select all N" of the list
// as filtered, and the actions on them: add or remove a topic, set a keep-in-touch cadence,
// export (CSV or vCard, through the export code), move to the trash (with Undo). Escape in the
// bar clears the selection, like in the list.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useRunExport } from '../export/use-run-export';
import { selectAll, selectedInOrder } from './people-selection';
import {
  clearPeopleSelection,
  setPeopleSelection,
  usePeopleSelectionStore,
} from './people-selection-store';
import { useSelectionActions } from './use-selection-actions';

const CADENCES = [7, 14, 30, 60, 90, 180, 365];

export function PeopleSelectionBar({
  listIds,
  complete,
}: {
  listIds: readonly string[];
  complete: boolean;
}) {
  const { t } = useTranslation('people-selection');
  const format = useFormatters();
  const selection = usePeopleSelectionStore();
  const ids = useMemo(() => selectedInOrder(selection, listIds), [selection, listIds]);
  const actions = useSelectionActions(ids);
  const exporter = useRunExport(() => undefined);
  const [topic, setTopic] = useState('');
  const [cadence, setCadence] = useState('30');
  if (selection.ids.size === 0) return null;
  const busy = actions.progress !== null || exporter.progress !== null;
  const trimmedTopic = topic.trim();

  return (
    <div
      className="people-selection-bar"
      role="toolbar"
      aria-label={t('barLabel')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          clearPeopleSelection();
        }
      }}
    >
      <p className="people-selection-bar__count" aria-live="polite">
        {t('count', { count: ids.length, formattedCount: format.number(ids.length) })}
      </p>
      {complete && ids.length < listIds.length && (
        <button
          type="button"
          className="button"
          onClick={() => setPeopleSelection(selectAll(listIds))}
        >
          {t('selectAll', { formattedCount: format.number(listIds.length) })}
        </button>
      )}
      <button type="button" className="button" onClick={clearPeopleSelection}>
        {t('clear')}
      </button>
      <fieldset className="people-selection-bar__group" disabled={busy}>
        <input
          className="people-selection-bar__topic"
          aria-label={t('topicLabel')}
          placeholder={t('topicPlaceholder')}
          value={topic}
          onChange={(event) => setTopic(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && trimmedTopic !== '') void actions.addTopic(trimmedTopic);
          }}
        />
        <button
          type="button"
          className="button"
          disabled={trimmedTopic === ''}
          onClick={() => void actions.addTopic(trimmedTopic)}
        >
          {t('addTopic')}
        </button>
        <button
          type="button"
          className="button"
          disabled={trimmedTopic === ''}
          onClick={() => void actions.removeTopic(trimmedTopic)}
        >
          {t('removeTopic')}
        </button>
      </fieldset>
      <fieldset className="people-selection-bar__group" disabled={busy}>
        <select
          aria-label={t('cadenceLabel')}
          value={cadence}
          onChange={(event) => setCadence(event.target.value)}
        >
          {CADENCES.map((days) => (
            <option key={days} value={String(days)}>
              {t('cadenceDays', { days })}
            </option>
          ))}
          <option value="">{t('cadenceNone')}</option>
        </select>
        <button
          type="button"
          className="button"
          onClick={() => void actions.setCadence(cadence === '' ? null : Number(cadence))}
        >
          {t('setCadence')}
        </button>
      </fieldset>
      <fieldset className="people-selection-bar__group" disabled={busy}>
        <button
          type="button"
          className="button"
          onClick={() =>
            void exporter.run({ table: 'people', format: 'csv', excelSafe: true, personIds: ids })
          }
        >
          {t('exportCsv')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void exporter.run({
              table: 'people',
              format: 'vcard',
              excelSafe: false,
              personIds: ids,
            })
          }
        >
          {t('exportVCard')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => void actions.trash()}
        >
          {t('trash')}
        </button>
      </fieldset>
      {actions.progress !== null && (
        <progress
          aria-label={t('progressLabel')}
          value={actions.progress.done}
          max={Math.max(actions.progress.total, 1)}
        />
      )}
    </div>
  );
}
