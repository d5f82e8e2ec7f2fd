import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralisedFormula } from './neutralise-formula';

describe('neutraliseFormula', () => {
  it.each([
    '=SUM(A1:A2)',
    '+81 90',
    '-1',
    '@user',
    '\tcmd',
    '\rcmd',
    "'=already",
    '＝SUM(A1:A2)',
    '＋81 90',
    '－1',
    '＠user',
    '\uFEFF=SUM(A1:A2)',
    '\u00A0+1',
    '\u3000-1',
    '\u3000\u3000@user',
    '\uFEFF＝1',
    "'\u3000＝already",
  ])('prefixes %j with a quote', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each([
    'Aiko',
    '',
    ' =spaced',
    "it's",
    "'quoted",
    '山田',
    '1+1',
    '\u3000山田',
    '\uFEFF',
    'Ａ＝1',
  ])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('is undone exactly by restoreNeutralisedFormula', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            ...["'", '=', '+', '-', '@', '\t', '\r', 'a', ' ', '＝', '＋', '－', '＠'],
            ...['\uFEFF', '\u00A0', '\u3000'],
          ),
        }),
        (cell) => {
          expect(restoreNeutralisedFormula(neutraliseFormula(cell))).toBe(cell);
        },
      ),
    );
  });
});
