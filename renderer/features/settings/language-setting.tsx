// The language switch. Language names are written in their own language, and the Japanese label
// keeps the English word, so someone who switched by mistake can always find the way back.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguagePreference } from '../../i18n/language-preference';
import { isUiLanguage, languageFromSystem, type LanguagePreference } from '../../i18n/languages';

export function LanguageSetting() {
  const { t } = useTranslation('settings');
  const { preference, setPreference } = useLanguagePreference();
  const selectId = useId();
  const systemLanguage = languageFromSystem(navigator.languages);

  return (
    <div className="field">
      <label htmlFor={selectId}>{t('language.label')}</label>
      <select
        id={selectId}
        value={preference ?? 'system'}
        disabled={preference === undefined}
        onChange={(event) => {
          const value = event.target.value;
          void setPreference(isUiLanguage(value) ? value : ('system' satisfies LanguagePreference));
        }}
      >
        <option value="system">
          {t('language.system', { language: t(`language.${systemLanguage}`) })}
        </option>
        <option value="en">{t('language.en')}</option>
        <option value="ja">{t('language.ja')}</option>
      </select>
    </div>
  );
}
