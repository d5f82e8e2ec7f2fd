// The formula guard of CSV exports: a spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`,
// tab or carriage return as a formula (CSV injection), so such a cell gets a leading `'`, which
// Excel and LibreOffice read as "text". To make the guard exactly reversible on Hallway's own
// re-import, a cell that already is `'`s followed by one of those characters gets one more `'`:
// then "starts with `'`s and a guarded character" means "one `'` was added", and nothing else does.
const GUARDED = /^'*[=+\-@\t\r]/;
const ADDED_GUARD = /^'+[=+\-@\t\r]/;

/** First characters that may start a guarded cell: `'`, `=`, `+`, `-`, `@`, tab, carriage return. */
const MAY_BE_GUARDED = new Set([0x27, 0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

export function neutraliseFormula(cell: string): string {
  // The regular expression only for the few cells whose first character could need it.
  return MAY_BE_GUARDED.has(cell.charCodeAt(0)) && GUARDED.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseFormula: only for files Hallway wrote itself. */
export function restoreNeutralisedFormula(cell: string): string {
  return ADDED_GUARD.test(cell) ? cell.slice(1) : cell;
}
