import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaptureNote } from './parse-capture-note';

describe('parseCaptureNote', () => {
  it('splits interests, offers and asks out of the note', () => {
    expect(parseCaptureNote('works on tracing #rust +mentoring ?rust-job')).toEqual({
      note: 'works on tracing',
      interests: ['rust'],
      offers: ['mentoring'],
      asks: ['rust-job'],
    });
  });

  it('keeps words where a sigil is not at the start of a word or has no letter', () => {
    const parsed = parseCaptureNote('C++ dev, call +81 90 0000 0001, is he hiring?');
    expect(parsed.note).toBe('C++ dev, call +81 90 0000 0001, is he hiring?');
    expect(parsed).toMatchObject({ interests: [], offers: [], asks: [] });
  });

  it('drops punctuation after a token and keeps Japanese topics', () => {
    expect(parseCaptureNote('#機械学習、+登壇 を相談。?転職.')).toEqual({
      note: 'を相談。',
      interests: ['機械学習'],
      offers: ['登壇'],
      asks: ['転職'],
    });
  });

  it('lists a topic once even when typed twice', () => {
    expect(parseCaptureNote('#go #go #Go').interests).toEqual(['go', 'Go']);
  });

  it('never loses a word that is not a topic token', () => {
    const plainWord = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(plainWord, { maxLength: 10 }), (words) => {
        expect(parseCaptureNote(words.join(' ')).note).toBe(words.join(' '));
      }),
    );
  });
});
