// Imports hold each person to the limits the person form applies (personFieldsSchema): a row whose
// fields break them (a 16 MB company name, 5,000 e-mail addresses) is set aside with its line, the
// field and the limit, and nothing of it is imported; otherwise the person could be stored but
// never saved from the form again. Used by the import preview and the roster import preview, and
// again by the import's write as a last guard.
import type { z } from 'zod';
import type {
  FieldRejectReason,
  PersonDraft,
  RejectedRow,
} from '../../../shared/import/import-record';
import { personFieldsSchema } from './person-input';

export interface FieldProblem {
  reason: FieldRejectReason;
  field: keyof PersonDraft;
  limit?: number;
}

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  const field = issue.path[0] as keyof PersonDraft;
  if (issue.code === 'too_big') {
    const limit = Number(issue.maximum);
    // A list's own limit is on its entries; an entry's (path [field, index]) on its characters.
    const reason = issue.origin === 'array' ? 'field-too-many' : 'field-too-long';
    return { reason, field, limit };
  }
  return { reason: 'field-invalid', field };
}

/** The first field of `person` the form would refuse, or null when the form would accept it. */
export function personDraftProblem(person: PersonDraft): FieldProblem | null {
  const parsed = personFieldsSchema.safeParse(person);
  return parsed.success ? null : problemOf(parsed.error.issues[0]);
}

/** Splits records into those the form would accept and rejected rows for the others. */
export function separateInvalidPeople<R extends { line: number; person: PersonDraft }>(
  records: readonly R[],
): { valid: R[]; rejected: RejectedRow[] } {
  const valid: R[] = [];
  const rejected: RejectedRow[] = [];
  for (const record of records) {
    const problem = personDraftProblem(record.person);
    if (problem) rejected.push({ line: record.line, ...problem });
    else valid.push(record);
  }
  return { valid, rejected };
}
