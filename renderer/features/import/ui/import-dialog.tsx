// The import dialog: one modal for every entry point, showing the session's current step.
// Escape and Cancel close it at any step before the write; closing cancels a read in progress,
// and nothing is written until the user presses Import. While the write runs, Cancel aborts it
// (the transaction rolls back) and Escape does nothing, so the result is never left unknown.
// Each step replaces the controls of the last one: focus moves to the new step's first control,
// so the keyboard (and Escape) keeps working inside the dialog. Another encoding reads the file
// from the start: a CSV's headers may read differently, so its mapping is asked for again.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalFrame } from '../../../app/modal-frame';
import { ChooseFileStep } from './choose-file-step';
import { ColumnMappingStep } from './column-mapping-step';
import { ImportFailureMessage } from './import-failure-message';
import { closeImport, useImportLaunchStore } from './import-launch-store';
import { ImportProgress } from './import-progress';
import { ImportResultStep } from './import-result-step';
import { PreviewStep } from './preview-step';
import { progressFraction } from './progress-fraction';
import { useImportCommit } from './use-import-commit';
import { useImportSession } from './use-import-session';

const STEP_FOCUS = 'select, input:not([type="file"]), button';

export function ImportDialog() {
  const { t } = useTranslation('import');
  const initialSource = useImportLaunchStore((state) => state.initialSource);
  const session = useImportSession(initialSource);
  const commit = useImportCommit();
  const { state } = session;
  const bodyRef = useRef<HTMLDivElement>(null);
  const stepKey = `${state.step}/${commit.state.step}`;

  useEffect(() => {
    const body = bodyRef.current;
    if (!body || body.contains(document.activeElement)) return;
    body.querySelector<HTMLElement>(STEP_FOCUS)?.focus();
  }, [stepKey]);

  const close = () => {
    if (commit.state.step === 'writing') return;
    closeImport();
  };

  const body = () => {
    if (commit.state.step === 'writing') {
      return (
        <ImportProgress
          label={t('phase.writing')}
          fraction={progressFraction(commit.state.progress)}
          onCancel={commit.abort}
        />
      );
    }
    if (commit.state.step === 'done') {
      return <ImportResultStep summary={commit.state.summary} onClose={closeImport} />;
    }
    switch (state.step) {
      case 'choose':
        return <ChooseFileStep onChoice={session.choose} onCancel={closeImport} />;
      case 'reading':
        return (
          <ImportProgress
            label={t(`phase.${state.progress?.phase ?? 'reading'}`)}
            fraction={progressFraction(state.progress)}
            onCancel={session.restart}
          />
        );
      case 'failed': {
        const { request } = state;
        return (
          <ImportFailureMessage
            failure={state.failure}
            fileName={state.fileName}
            onChooseAnother={session.restart}
            onClose={closeImport}
            onRetry={request && ((encoding) => session.read(request.source, { encoding }))}
          />
        );
      }
      case 'mapping':
        return (
          <ColumnMappingStep
            table={state.table}
            {...(state.request.options.mapping
              ? { initialMapping: state.request.options.mapping }
              : {})}
            onPreview={(mapping) =>
              session.read(state.request.source, { ...state.request.options, mapping }, state.table)
            }
            onBack={session.restart}
            onClose={closeImport}
          />
        );
      case 'preview':
        return (
          <PreviewStep
            preview={state.preview}
            fileName={state.request.source.name}
            error={commit.state.step === 'failed' ? commit.state.message : null}
            onEncoding={(encoding) => session.read(state.request.source, { encoding })}
            {...(state.request.table ? { onChangeMapping: session.changeMapping } : {})}
            onImport={(request) => void commit.run(state.preview, request)}
            onBack={session.restart}
            onClose={closeImport}
          />
        );
    }
  };

  return (
    <ModalFrame title={t('dialog.title')} className="import-dialog" onClose={close}>
      <div ref={bodyRef} className="import-dialog__body">
        {body()}
      </div>
    </ModalFrame>
  );
}
