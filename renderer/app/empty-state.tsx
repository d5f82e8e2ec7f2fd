// What a screen shows when it has nothing yet: what it is for, and what to do next.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openPalette } from './commands/palette-store';
import { paletteShortcutLabel } from './commands/palette-shortcut';

export function EmptyState({
  title,
  body,
  action,
}: {
  title: string;
  body: string;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <h2 className="empty-state__title">{title}</h2>
      <p className="empty-state__body">{body}</p>
      <div className="empty-state__actions">
        {action}
        <button type="button" className="button" onClick={openPalette}>
          {t('header.openPalette')}
        </button>
      </div>
      <p className="empty-state__hint">
        {t('emptyState.paletteHint', { shortcut: paletteShortcutLabel() })}
      </p>
    </div>
  );
}
