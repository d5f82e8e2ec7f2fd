// One conflicting single value of a merge (say the company): the kept side's and the other side's
// value as two radio buttons.
import { useTranslation } from 'react-i18next';
import type { MergeConflict } from '../../../shared/people/merge-people';

interface MergeConflictChoiceProps {
  conflict: MergeConflict;
  choice: 'kept' | 'other';
  onChoose(side: 'kept' | 'other'): void;
}

export function MergeConflictChoice({ conflict, choice, onChoose }: MergeConflictChoiceProps) {
  const { t } = useTranslation('merge');
  const show = (value: MergeConflict['kept']): string =>
    value === 'given-family' || value === 'family-given' ? t(`nameOrder.${value}`) : String(value);
  return (
    <fieldset className="merge-conflict">
      <legend>{t(`fields.${conflict.field}`)}</legend>
      {(['kept', 'other'] as const).map((side) => (
        <label key={side} className="merge-conflict__option">
          <input
            type="radio"
            name={`merge-${conflict.field}`}
            checked={choice === side}
            onChange={() => onChoose(side)}
          />
          {show(conflict[side])}
        </label>
      ))}
    </fieldset>
  );
}
