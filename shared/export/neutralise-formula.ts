// The formula guard of CSV exports: a spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`,
// tab or carriage return as a formula (CSV injection), so such a cell gets a leading `'`, which
// Excel and LibreOffice read as "text". Japanese spreadsheets also take the full-width `＝ ＋ － ＠`
// for formula signs, and skip a byte-order mark, a no-break space or an ideographic space before
// one, so those starts are guarded too. To make the guard exactly reversible on Hallway's own
// re-import, a cell that already is `'`s followed by a guarded start gets one more `'`: then
// "starts with `'`s and a guarded start" means "one `'` was added", and nothing else does.
const GUARDED_START = '(?:[\\t\\r]|[\\uFEFF\\u00A0\\u3000]*[=+\\-@＝＋－＠])';
const GUARDED = new RegExp(`^'*${GUARDED_START}`);
const ADDED_GUARD = new RegExp(`^'+${GUARDED_START}`);

/** First characters that may start a guarded cell: `'`, a formula sign or what may precede one. */
const MAY_BE_GUARDED = new Set(
  [..."'=+-@\t\r＝＋－＠\uFEFF\u00A0\u3000"].map((character) => character.charCodeAt(0)),
);

export function neutraliseFormula(cell: string): string {
  // The regular expression only for the few cells whose first character could need it.
  return MAY_BE_GUARDED.has(cell.charCodeAt(0)) && GUARDED.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseFormula: only for files Hallway wrote itself. */
export function restoreNeutralisedFormula(cell: string): string {
  return ADDED_GUARD.test(cell) ? cell.slice(1) : cell;
}
