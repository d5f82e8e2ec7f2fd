// The drafted introduction message, editable, copied to the clipboard with one key: Ctrl/Cmd+Enter
// anywhere in the dialog, or C outside the text box.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { showToast } from '../../app/toasts/toast-store';
import { ModalFrame } from '../../app/modal-frame';
import { useIntroductionDraft } from './use-introduction-draft';

interface MessageDialogProps {
  a: Person;
  b: Person;
  reason: string;
  onClose(): void;
}

export function IntroductionMessageDialog(props: MessageDialogProps) {
  const { t } = useTranslation('introductions');
  const draft = useIntroductionDraft(props.a, props.b, props.reason);
  const title = t('message.title', {
    pair: t('pair', { a: props.a.displayName, b: props.b.displayName }),
  });
  return (
    <ModalFrame title={title} className="introduction-message" onClose={props.onClose}>
      {draft !== undefined && <MessageEditor draft={draft} onClose={props.onClose} />}
    </ModalFrame>
  );
}

function MessageEditor({ draft, onClose }: { draft: string; onClose(): void }) {
  const { t } = useTranslation('introductions');
  const [text, setText] = useState(draft);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      showToast({ message: t('message.copied'), tone: 'success' });
    } catch {
      showToast({ message: t('message.copyFailed'), tone: 'error' });
    }
  };

  return (
    <div
      className="introduction-message__body"
      onKeyDown={(event) => {
        const inTextBox = event.target instanceof HTMLTextAreaElement;
        const copyKey =
          (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) ||
          (!inTextBox && event.key.toLowerCase() === 'c' && !event.ctrlKey && !event.metaKey);
        if (!copyKey) return;
        event.preventDefault();
        void copy();
      }}
    >
      <label className="person-field">
        <span className="person-field__label">{t('message.label')}</span>
        <textarea rows={14} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <p className="introduction-message__hint">{t('message.hint')}</p>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('message.close')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {t('message.copy')}
        </button>
      </div>
    </div>
  );
}
