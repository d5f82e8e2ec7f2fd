// The import dialog's reading steps as one state machine: choose a file → read it (progress,
// Cancel) → a failure, the column mapping (generic CSV) or the preview. Reading runs in the import
// worker (startImport) for as long as the session is on its `reading` step: leaving that step
// (Cancel, another file, closing the dialog) cancels the read. Re-reading with another encoding or
// mapping starts over from the same file. Nothing here writes to the database.
import { useEffect, useState } from 'react';
import type {
  ImportFailure,
  ImportNeedsMapping,
  ImportPreview,
  ImportProgress,
} from '../../../../shared/import/import-preview';
import { useDatabase } from '../../../app/database-context';
import { startImport, type StartImportOptions } from '../import-api';
import { checkImportSize, type FileChoice } from './import-file-choice';
import type { ImportSource } from './import-launch-store';

interface ReadRequest {
  source: ImportSource;
  options: StartImportOptions;
  /** The mapping step this read comes from (a generic CSV), to go back to from the preview. */
  table?: ImportNeedsMapping;
}

export type ImportStep =
  | { step: 'choose' }
  | { step: 'reading'; request: ReadRequest; progress: ImportProgress | null }
  | { step: 'failed'; fileName: string; failure: ImportFailure; request?: ReadRequest }
  | { step: 'mapping'; request: ReadRequest; table: ImportNeedsMapping }
  | { step: 'preview'; request: ReadRequest; preview: ImportPreview };

export interface ImportSession {
  state: ImportStep;
  choose(choice: FileChoice): void;
  read(source: ImportSource, options?: StartImportOptions, table?: ImportNeedsMapping): void;
  /** From the preview of a generic CSV back to its column mapping, as the user left it. */
  changeMapping(): void;
  /** Back to choosing a file; a read in progress is cancelled. */
  restart(): void;
}

function stepAfterChoice(choice: FileChoice): ImportStep {
  if (choice.kind === 'chosen') {
    return { step: 'reading', request: { source: choice.source, options: {} }, progress: null };
  }
  if (choice.kind === 'too-large') {
    return {
      step: 'failed',
      fileName: choice.name,
      failure: { kind: 'failure', reason: 'too-large' },
    };
  }
  return { step: 'choose' };
}

export function useImportSession(initialSource: ImportSource | null): ImportSession {
  const db = useDatabase();
  const [state, setState] = useState<ImportStep>(() =>
    initialSource ? stepAfterChoice(checkImportSize(initialSource)) : { step: 'choose' },
  );
  const reading = state.step === 'reading' ? state.request : null;

  useEffect(() => {
    if (!reading) return;
    let active = true;
    const { source, options } = reading;
    const job = startImport(db, source.blob, options, (progress) => {
      if (active) setState({ step: 'reading', request: reading, progress });
    });
    void job.preview.then((result) => {
      if (!active) return;
      if (result.kind === 'cancelled') setState({ step: 'choose' });
      else if (result.kind === 'failure') {
        setState({ step: 'failed', fileName: source.name, failure: result, request: reading });
      } else if (result.kind === 'needs-mapping') {
        setState({ step: 'mapping', request: reading, table: result });
      } else setState({ step: 'preview', request: reading, preview: result });
    });
    return () => {
      active = false;
      job.cancel();
    };
  }, [db, reading]);

  return {
    state,
    choose: (choice) => setState(stepAfterChoice(choice)),
    read: (source, options = {}, table) =>
      setState({
        step: 'reading',
        request: table ? { source, options, table } : { source, options },
        progress: null,
      }),
    changeMapping: () =>
      setState((current) =>
        current.step === 'preview' && current.request.table
          ? { step: 'mapping', request: current.request, table: current.request.table }
          : current,
      ),
    restart: () => setState({ step: 'choose' }),
  };
}
