// Why a write service refused a write. The message is for logs and developers; the UI shows its
// own translated text chosen by `code`. Invalid input from the UI fails earlier, as a zod error.
export type WriteErrorCode =
  | 'not-found'
  | 'not-in-trash'
  | 'merged-away'
  | 'same-person'
  | 'invalid-alias'
  | 'blank-label'
  | 'invalid-time-range'
  | 'duplicate';

export class WriteError extends Error {
  override readonly name = 'WriteError';

  constructor(
    readonly code: WriteErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function notFound(what: string, id: string): WriteError {
  return new WriteError('not-found', `No ${what} with id ${id}.`);
}
