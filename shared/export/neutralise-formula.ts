// The formula guard of CSV exports: a spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`,
// tab or carriage return as a formula (CSV injection), so such a cell gets a leading `'`, which
// Excel and LibreOffice read as "text". To make the guard exactly reversible on Hallway's own
// re-import, a cell that already is `'`s followed by one of those characters gets one more `'`:
// then "starts with `'`s and a guarded character" means "one `'` was added", and nothing else does.
const GUARDED = /^'*[=+\-@\t\r]/;
const ADDED_GUARD = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return GUARDED.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseFormula: only for files Hallway wrote itself. */
export function restoreNeutralisedFormula(cell: string): string {
  return ADDED_GUARD.test(cell) ? cell.slice(1) : cell;
}
