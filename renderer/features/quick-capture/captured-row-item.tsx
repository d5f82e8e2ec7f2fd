// A person already added to the capture: name, new (with its family and given names, correctable)
// or "met before at …", note and topic chips, with Edit and Remove buttons named after the person
// (so they are told apart by keyboard and screen reader).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCaptureNote } from '../../../shared/capture/parse-capture-note';
import type { CapturedRow } from './capture-draft';
import { CapturedNameParts } from './captured-name-parts';
import { LastMeetingNote } from './last-meeting-note';
import { TopicChips } from './topic-chips';

export function CapturedRowItem({
  row,
  onEdit,
  onRemove,
}: {
  row: CapturedRow;
  onEdit(): void;
  onRemove(): void;
}) {
  const { t } = useTranslation('quick-capture');
  const parsed = useMemo(() => parseCaptureNote(row.note), [row.note]);
  return (
    <li className="capture-person">
      <div className="capture-person__main">
        <span className="capture-person__name">{row.name}</span>
        {row.personId ? (
          <LastMeetingNote personId={row.personId} />
        ) : (
          <>
            <span className="capture-person__new">{t('people.new')}</span>
            <CapturedNameParts row={row} />
          </>
        )}
        {parsed.note && <span className="capture-person__note">{parsed.note}</span>}
        <TopicChips parsed={parsed} />
      </div>
      <div className="capture-person__actions">
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('people.edit', { name: row.name })}
          onClick={onEdit}
        >
          {t('people.editShort')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('people.remove', { name: row.name })}
          onClick={onRemove}
        >
          {t('people.removeShort')}
        </button>
      </div>
    </li>
  );
}
