// Merging the person on screen (kept) with another record of them: both side by side, with what
// tells them apart (company, e-mails, times met, last contact), each conflicting single value as a
// choice (the kept side by default), the lists that will be united, then one merge transaction
// and a "Merged" toast with "Undo". Without a chosen other person the dialog first asks for one
// (a name picker).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { mergeConflicts, type MergeChoices } from '../../../shared/people/merge-people';
import { useDatabase } from '../../app/database-context';
import { ModalFrame } from '../../app/modal-frame';
import { showToast } from '../../app/toasts/toast-store';
import { mergePeople } from '../../data/writes/merge-people-writes';
import '../../styles/merge.css';
import { usePerson } from '../person/use-person';
import { MergeConflictChoice } from './merge-conflict-choice';
import { MergePersonPicker } from './merge-person-picker';
import { MergeSide } from './merge-side';
import { UnitedLists } from './united-lists';
import { useUndoMerge } from './use-undo-merge';

interface MergeDialogProps {
  kept: Person;
  otherId: string | null;
  onClose(): void;
}

export function MergeDialog({ kept, otherId: initialOtherId, onClose }: MergeDialogProps) {
  const { t } = useTranslation('merge');
  const [otherId, setOtherId] = useState(initialOtherId);
  return (
    <ModalFrame
      title={t('title', { name: kept.displayName })}
      className="merge-dialog"
      onClose={onClose}
    >
      {otherId === null ? (
        <MergePersonPicker excludeId={kept.id} onPick={setOtherId} onCancel={onClose} />
      ) : (
        <MergeChoicesForm kept={kept} otherId={otherId} onClose={onClose} />
      )}
    </ModalFrame>
  );
}

function MergeChoicesForm({
  kept,
  otherId,
  onClose,
}: {
  kept: Person;
  otherId: string;
  onClose(): void;
}) {
  const { t } = useTranslation('merge');
  const db = useDatabase();
  const undo = useUndoMerge();
  const lookup = usePerson(otherId);
  const [choices, setChoices] = useState<MergeChoices>({});
  const [merging, setMerging] = useState(false);
  if (lookup.state !== 'found')
    return <p className="muted">{t(lookup.state === 'loading' ? 'loading' : 'missing')}</p>;
  const other = lookup.person;
  const conflicts = mergeConflicts(kept, other);

  const merge = async () => {
    setMerging(true);
    try {
      const token = await mergePeople(db, kept.id, other.id, choices);
      onClose();
      showToast({
        message: t('merged', { name: other.displayName }),
        tone: 'success',
        action: { label: t('undo'), run: () => void undo(token) },
      });
    } catch {
      setMerging(false);
      showToast({ message: t('failed'), tone: 'error' });
    }
  };

  return (
    <div className="merge-dialog__body">
      <div className="merge-dialog__sides">
        <MergeSide label={t('kept')} person={kept} />
        <MergeSide label={t('other')} person={other} />
      </div>
      {conflicts.length > 0 && (
        <div className="merge-dialog__conflicts">
          <p>{t('conflictsIntro')}</p>
          {conflicts.map((conflict) => (
            <MergeConflictChoice
              key={conflict.field}
              conflict={conflict}
              choice={choices[conflict.field] ?? 'kept'}
              onChoose={(side) => setChoices((current) => ({ ...current, [conflict.field]: side }))}
            />
          ))}
        </div>
      )}
      <UnitedLists kept={kept} other={other} />
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={merging}
          onClick={() => void merge()}
        >
          {t('confirm')}
        </button>
      </div>
    </div>
  );
}
