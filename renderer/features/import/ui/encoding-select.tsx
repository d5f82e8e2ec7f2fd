// The encoding the file was read with, and the user's way to override it when the text came out
// wrong: choosing another one reads the file again.
import { useTranslation } from 'react-i18next';
import type { TextEncodingName } from '../../../../shared/import/decode-text';

const CHOICES = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis'] as const;
type EncodingChoice = (typeof CHOICES)[number];

/** A BOM is part of UTF-8 here: choosing UTF-8 reads a file with or without one. */
function asChoice(encoding: TextEncodingName): EncodingChoice {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

export function EncodingSelect({
  encoding,
  onChange,
}: {
  encoding: TextEncodingName | null;
  onChange(encoding: TextEncodingName): void;
}) {
  const { t } = useTranslation('import');
  return (
    <label className="import-encoding">
      {t('encoding.label')}
      <select
        value={encoding === null ? '' : asChoice(encoding)}
        onChange={(event) => onChange(event.currentTarget.value as EncodingChoice)}
      >
        {encoding === null && <option value="">{t('encoding.unknown')}</option>}
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`encoding.${choice}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
