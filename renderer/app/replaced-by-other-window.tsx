// What the window shows once another window opened a newer version of the database (see
// db/other-windows): this one has closed its connection for good, so it offers only a reload.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function ReplacedByOtherWindow({ reload = () => location.reload() }: { reload?(): void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <main className="boot-error" role="alert" aria-labelledby="replaced-title">
      <h1 id="replaced-title">{t('otherWindow.title')}</h1>
      <p>{t('otherWindow.body')}</p>
      <p>
        <button ref={button} type="button" className="button button--primary" onClick={reload}>
          {t('otherWindow.reload')}
        </button>
      </p>
    </main>
  );
}
