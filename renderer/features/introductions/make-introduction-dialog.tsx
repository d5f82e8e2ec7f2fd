// Making an introduction: the two people (either may be given, e.g. from a person page or a
// suggestion), the reason (prefilled from a suggestion's explanation), saved as an idea. A pair
// that already has an introduction is not saved again: the user is told and taken to it.
// Focus follows the form by keyboard: picking a person moves on to the picker still empty, or to
// the reason once both are chosen; "Change" puts it in that slot's name field.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { LIVE } from '../../../shared/domain/entities';
import type { IntroductionReasonFacts } from '../../../shared/introductions/introduction-reason-facts';
import { proposeIntroduction } from '../../data/writes/introductions-writes';
import { findIntroduction } from '../../repositories/introductions-repository';
import '../../styles/introductions.css';
import { ModalFrame } from '../../app/modal-frame';
import { useOpenIntroduction } from './opened-introduction';
import { PersonSlot } from './person-slot';

export interface IntroductionDraft {
  firstId: string | null;
  secondId: string | null;
  reason: string;
  /** A suggestion's reasons, kept with the introduction while the reason is left as offered. */
  reasonFacts?: IntroductionReasonFacts;
}

export function MakeIntroductionDialog({
  initial,
  onClose,
}: {
  initial: IntroductionDraft;
  onClose(): void;
}) {
  const { t } = useTranslation('introductions');
  const db = useDatabase();
  const [firstId, setFirstId] = useState(initial.firstId);
  const [secondId, setSecondId] = useState(initial.secondId);
  const [reason, setReason] = useState(initial.reason);
  const [saving, setSaving] = useState(false);
  const openIntroduction = useOpenIntroduction();
  const firstInput = useRef<HTMLInputElement>(null);
  const secondInput = useRef<HTMLInputElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  /** Where focus goes once the slots have re-rendered after a pick (or Change). */
  const focusNext = useRef<'first' | 'second' | 'reason' | null>(null);

  // A picker replaced by the name, or back: the element to focus exists only after the render.
  useEffect(() => {
    if (focusNext.current === null) return;
    const targets = { first: firstInput, second: secondInput, reason: reasonField };
    targets[focusNext.current].current?.focus();
    focusNext.current = null;
  }, [firstId, secondId]);

  const pick = (slot: 'first' | 'second', personId: string | null) => {
    const otherId = slot === 'first' ? secondId : firstId;
    if (slot === 'first') setFirstId(personId);
    else setSecondId(personId);
    if (personId === null) focusNext.current = slot;
    else if (otherId === null) focusNext.current = slot === 'first' ? 'second' : 'first';
    else focusNext.current = 'reason';
  };

  const save = async () => {
    if (!firstId || !secondId) return;
    setSaving(true);
    try {
      const [a, b] = await db.people.bulkGet([firstId, secondId]);
      const pair = t('pair', { a: a?.displayName ?? '', b: b?.displayName ?? '' });
      const existing = await findIntroduction(db, firstId, secondId);
      if (existing?.deletedAt === LIVE) {
        const status = t(`status.${existing.status}`);
        showToast({ message: t('dialog.exists', { pair, status }) });
        onClose();
        openIntroduction(existing.id);
        return;
      }
      const asOffered =
        reason.trim() === initial.reason.trim() &&
        firstId === initial.firstId &&
        secondId === initial.secondId;
      await proposeIntroduction(db, {
        personIds: [firstId, secondId],
        reason,
        status: 'idea',
        ...(asOffered && initial.reasonFacts && { reasonFacts: initial.reasonFacts }),
      });
      showToast({ message: t('dialog.saved', { pair }), tone: 'success' });
      onClose();
    } catch {
      setSaving(false);
      showToast({ message: t('dialog.failed'), tone: 'error' });
    }
  };

  return (
    <ModalFrame title={t('dialog.title')} className="introduction-dialog" onClose={onClose}>
      <form
        className="introduction-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <PersonSlot
          label={t('dialog.first')}
          personId={firstId}
          excludeId={secondId}
          inputRef={firstInput}
          onChange={(personId) => pick('first', personId)}
        />
        <PersonSlot
          label={t('dialog.second')}
          personId={secondId}
          excludeId={firstId}
          inputRef={secondInput}
          onChange={(personId) => pick('second', personId)}
        />
        <label className="person-field">
          <span className="person-field__label">{t('reasonLabel')}</span>
          <textarea
            ref={reasonField}
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={!firstId || !secondId || firstId === secondId || saving}
          >
            {t('dialog.save')}
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}
