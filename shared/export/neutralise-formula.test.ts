import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralisedFormula } from './neutralise-formula';

describe('neutraliseFormula', () => {
  it.each(['=SUM(A1:A2)', '+81 90', '-1', '@user', '\tcmd', '\rcmd', "'=already"])(
    'prefixes %j with a quote',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it.each(['Aiko', '', ' =spaced', "it's", "'quoted", '山田', '1+1'])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('is undone exactly by restoreNeutralisedFormula', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }),
        (cell) => {
          expect(restoreNeutralisedFormula(neutraliseFormula(cell))).toBe(cell);
        },
      ),
    );
  });
});
