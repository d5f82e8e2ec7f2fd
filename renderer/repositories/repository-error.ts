// Why a repository refused a write. The message is for logs and developers; the UI shows its own
// translated text chosen by `code`. Invalid input from the UI fails earlier, as a zod error.
export type RepositoryErrorCode =
  | 'not-found'
  | 'not-in-trash'
  | 'same-person'
  | 'invalid-alias'
  | 'blank-label'
  | 'invalid-time-range';

export class RepositoryError extends Error {
  override readonly name = 'RepositoryError';

  constructor(
    readonly code: RepositoryErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function notFound(what: string, id: string): RepositoryError {
  return new RepositoryError('not-found', `No ${what} with id ${id}.`);
}
