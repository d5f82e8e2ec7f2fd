// The `?` sheet: every shortcut of the current screen, then those that work everywhere, in the
// UI language. `?` (outside text fields, with no dialog open) opens it; Escape closes it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isTypingTarget } from '../../features/quick-capture/is-typing-target';
import '../../styles/shortcut-sheet.css';
import { isMacPlatform } from '../commands/palette-shortcut';
import { ModalFrame } from '../modal-frame';
import {
  GLOBAL_SHORTCUTS,
  keyLabel,
  SCREEN_SHORTCUTS,
  screenOfPath,
  type Shortcut,
} from './screen-shortcuts';

export function ShortcutSheetLauncher() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return open ? <ShortcutSheet onClose={() => setOpen(false)} /> : null;
}

function ShortcutSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('shortcuts');
  const screen = screenOfPath(useLocation().pathname);
  const own = screen ? SCREEN_SHORTCUTS[screen] : [];
  return (
    <ModalFrame title={t('title')} className="shortcut-sheet" onClose={onClose}>
      {own.length > 0 && screen && (
        <ShortcutList title={t('thisScreen', { screen: t(`screens.${screen}`) })} list={own} />
      )}
      <ShortcutList title={t('everywhere')} list={GLOBAL_SHORTCUTS} />
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </ModalFrame>
  );
}

function ShortcutList({ title, list }: { title: string; list: readonly Shortcut[] }) {
  const { t } = useTranslation('shortcuts');
  const mac = isMacPlatform();
  return (
    <section className="shortcut-sheet__section" aria-label={title}>
      <h3>{title}</h3>
      <dl className="shortcut-sheet__list">
        {list.map((shortcut) => (
          <div key={shortcut.action} className="shortcut-sheet__row">
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ` ${t('or')} `}
                  <kbd>{keyLabel(key, mac)}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`actions.${shortcut.action}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
