// Quick capture's one-line note: topics are typed inline with a sigil, the rest is the note.
//   #rust      → interest        +mentoring → can offer        ?rust-job → looking for
// A sigil counts only at the start of a word and when the word holds a letter, so "C++",
// "is he hiring?" and a phone number "+81 90…" stay in the note. Tokens are removed from the
// note; Japanese punctuation (、。) ends a token as a space does; trailing punctuation after a token ("#rust,") is not part of the topic.
export interface ParsedCaptureNote {
  note: string;
  interests: string[];
  offers: string[];
  asks: string[];
}

const TOKEN = /(^|[\s、。,，;；])([#+?])([^\s、。,，;；]+)/gu;
const LEADING_SEPARATORS = /^[\s、,，;；]+/u;
const TRAILING_PUNCTUATION = /[.,;:!?、。)）」]+$/u;
const HAS_LETTER = /\p{L}/u;

const FIELD_BY_SIGIL = { '#': 'interests', '+': 'offers', '?': 'asks' } as const;

export function parseCaptureNote(text: string): ParsedCaptureNote {
  const parsed: ParsedCaptureNote = { note: '', interests: [], offers: [], asks: [] };
  const note = text.replace(TOKEN, (whole, lead: string, sigil: string, word: string) => {
    const topic = word.replace(TRAILING_PUNCTUATION, '');
    if (!HAS_LETTER.test(topic)) return whole;
    const field = parsed[FIELD_BY_SIGIL[sigil as keyof typeof FIELD_BY_SIGIL]];
    if (!field.includes(topic)) field.push(topic);
    return lead;
  });
  parsed.note = note.replace(/\s+/g, ' ').replace(LEADING_SEPARATORS, '').trim();
  return parsed;
}
