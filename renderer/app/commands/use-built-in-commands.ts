// The commands the app frame ships: go to each screen, switch language, load sample data, back
// up now. Each is findable by its title and keywords in every UI language (with kana readings,
// so せってい finds 設定へ移動).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useBackUpNow } from '../../features/backup/use-back-up-now';
import { useSampleData } from '../../features/settings/use-sample-data';
import { useLanguagePreference } from '../../i18n/language-preference';
import { UI_LANGUAGES } from '../../i18n/languages';
import { SCREENS } from '../screens';
import { useRegisterCommands, type Command } from './command-registry';

type CommandName =
  | (typeof SCREENS)[number]['command']
  | 'switchLanguage'
  | 'loadSampleData'
  | 'backUpNow'
  | 'findDuplicates';

export function useBuiltInCommands(): void {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { request: loadSampleData } = useSampleData();
  const { backUpNow } = useBackUpNow();
  const { setPreference } = useLanguagePreference();

  const commands = useMemo((): Command[] => {
    const inEveryLanguage = (name: CommandName) =>
      UI_LANGUAGES.flatMap((language) => {
        const fixed = i18n.getFixedT(language, 'app');
        return [fixed(`commands.${name}`), ...fixed(`commands.keywords.${name}`).split(' ')];
      });
    const navigation = t('commands.sectionNavigation');
    const actions = t('commands.sectionActions');
    const otherLanguage = i18n.language === 'ja' ? 'en' : 'ja';
    return [
      ...SCREENS.map((screen) => ({
        id: `go-to-${screen.id}`,
        title: t(`commands.${screen.command}`),
        keywords: inEveryLanguage(screen.command),
        section: navigation,
        run: () => navigate(screen.path),
      })),
      {
        id: 'switch-language',
        title: t('commands.switchLanguageTo', {
          language: i18n.getFixedT(otherLanguage, 'settings')(`language.${otherLanguage}`),
        }),
        keywords: inEveryLanguage('switchLanguage'),
        section: actions,
        run: () => setPreference(otherLanguage),
      },
      {
        id: 'load-sample-data',
        title: t('commands.loadSampleData'),
        keywords: inEveryLanguage('loadSampleData'),
        section: actions,
        run: loadSampleData,
      },
      {
        id: 'back-up-now',
        title: t('commands.backUpNow'),
        keywords: inEveryLanguage('backUpNow'),
        section: actions,
        run: backUpNow,
      },
      {
        id: 'find-duplicates',
        title: t('commands.findDuplicates'),
        keywords: inEveryLanguage('findDuplicates'),
        section: actions,
        run: () => navigate('/people/duplicates'),
      },
    ];
  }, [t, i18n, navigate, setPreference, loadSampleData, backUpNow]);

  useRegisterCommands(commands);
}
