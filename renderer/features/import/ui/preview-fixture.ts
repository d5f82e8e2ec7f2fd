// Import previews for the UI's unit tests: planned rows built from a name and what they match.
import { emptyPersonFields } from '../../../../shared/domain/empty-person-fields';
import type { ImportPreview, PlannedRow } from '../../../../shared/import/import-preview';
import type { PersonDraft } from '../../../../shared/import/import-record';

export function draftFixture(displayName: string, fields: Partial<PersonDraft> = {}): PersonDraft {
  return { ...emptyPersonFields(), displayName, source: 'import:test', ...fields };
}

export function plannedRowFixture(
  line: number,
  displayName: string,
  fields: Partial<PlannedRow> = {},
): PlannedRow {
  return {
    line,
    person: draftFixture(displayName),
    decision: 'create',
    upToDate: false,
    ...fields,
  };
}

export function previewFixture(fields: Partial<ImportPreview> = {}): ImportPreview {
  return {
    kind: 'preview',
    format: 'linkedin',
    encoding: 'utf-8',
    confidence: 1,
    rows: [],
    invalid: [],
    warnings: [],
    counts: { create: 0, merge: 0, skip: 0, invalid: 0 },
    isAttendeeList: false,
    isVolunteerRoster: false,
    ...fields,
  };
}
