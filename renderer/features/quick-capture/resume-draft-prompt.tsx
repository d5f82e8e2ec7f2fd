// "Resume your unsaved meetup log?": shown when "Log a meetup" opens and a draft from an earlier
// session is stored (the window was closed half-way).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { rowsToSave, type CaptureDraft } from './capture-draft';
import { resumeDraft, startNewDraft } from './quick-capture-store';

export function ResumeDraftPrompt({ draft }: { draft: CaptureDraft }) {
  const { t } = useTranslation('quick-capture');
  const resumeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => resumeRef.current?.focus(), []);
  const name = draft.event.name.trim() || t('resume.unnamed');
  return (
    <section className="capture-resume" aria-labelledby="capture-resume-title">
      <h2 id="capture-resume-title">{t('resume.title')}</h2>
      <p>{t('resume.body', { name, count: rowsToSave(draft).length })}</p>
      <div className="capture-actions">
        <button
          ref={resumeRef}
          type="button"
          className="button button--primary"
          onClick={resumeDraft}
        >
          {t('resume.resume')}
        </button>
        <button type="button" className="button" onClick={startNewDraft}>
          {t('resume.discard')}
        </button>
      </div>
    </section>
  );
}
