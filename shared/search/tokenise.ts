// The search tokeniser, used for indexing and for queries alike so that both sides agree.
// Text is normalised (NFKC, lower case, Latin diacritics folded, katakana folded to hiragana), then
// cut into terms: Latin/digit runs become words (matched by prefix and lightly fuzzy), CJK runs
// become overlapping character bigrams (Japanese has no spaces, so a bigram index finds 花子 inside
// 山田花子), and an e-mail address is kept whole as well as split into its parts.

const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}ー々〆ヶ';
const WORD_CHAR = `[[\\p{L}\\p{N}]--[${CJK}]]`;
const TERM_PATTERN = new RegExp(`[${CJK}]+|${WORD_CHAR}+(?:['’]${WORD_CHAR}+)*[+#]*`, 'gv');
const ASCII_TERM_PATTERN = /[a-z0-9]+(?:'[a-z0-9]+)*[+#]*/g;
const CJK_TERM = new RegExp(`^[${CJK}]`, 'u');
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const ASCII_ONLY = /^[\t\n\r\u0020-\u007e]*$/;
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const KATAKANA = /[\u30a1-\u30f6\u30fd\u30fe]/g;
const KATAKANA_TO_HIRAGANA = 0x60;
const APOSTROPHES = /['’]/g;

/** Normalises text the way the index sees it: NFKC, lower case, no accents, hiragana for kana. */
export function normaliseForSearch(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  const folded = lower.normalize('NFKC').toLowerCase();
  const withoutAccents = folded.normalize('NFD').replace(COMBINING_DIACRITICS, '').normalize('NFC');
  return withoutAccents.replace(KATAKANA, (char) =>
    String.fromCharCode(char.charCodeAt(0) - KATAKANA_TO_HIRAGANA),
  );
}

/** True when a (normalised) term comes from Japanese, Chinese or Korean script. */
export function isCjkTerm(term: string): boolean {
  return CJK_TERM.test(term);
}

function pushBigrams(run: string, terms: string[]): void {
  const chars = Array.from(run);
  if (chars.length === 1) {
    terms.push(run);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i += 1) terms.push(chars[i] + chars[i + 1]);
}

/** Cuts already normalised text into terms. */
export function tokeniseNormalised(normalised: string): string[] {
  const terms: string[] = normalised.includes('@') ? (normalised.match(EMAIL_PATTERN) ?? []) : [];
  const ascii = ASCII_ONLY.test(normalised);
  for (const run of normalised.match(ascii ? ASCII_TERM_PATTERN : TERM_PATTERN) ?? []) {
    if (!ascii && isCjkTerm(run)) pushBigrams(run, terms);
    else terms.push(run.includes("'") || run.includes('’') ? run.replace(APOSTROPHES, '') : run);
  }
  return terms;
}

/** Normalises and cuts text into search terms. */
export function tokenise(text: string): string[] {
  return tokeniseNormalised(normaliseForSearch(text));
}
