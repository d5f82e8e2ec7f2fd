// The palette's "Find a warm path to…": opens "Who can introduce me?" with its picker focused,
// where a person, a company or a topic is chosen. Findable by its words in every UI language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRegisterCommands, type Command } from '../../app/commands/command-registry';
import { UI_LANGUAGES } from '../../i18n/languages';
import { WARM_PATHS_PATH } from './warm-path-target';

export function useWarmPathCommand(): void {
  const { t, i18n } = useTranslation('warm-paths');
  const navigate = useNavigate();
  const commands = useMemo((): Command[] => {
    const keywords = UI_LANGUAGES.flatMap((language) => {
      const fixed = i18n.getFixedT(language, 'warm-paths');
      return [fixed('command'), fixed('title'), ...fixed('commandKeywords').split(' ')];
    });
    return [
      {
        id: 'find-warm-path',
        title: t('command'),
        keywords,
        section: i18n.getFixedT(i18n.language, 'app')('commands.sectionActions'),
        run: () => navigate(WARM_PATHS_PATH),
      },
    ];
  }, [t, i18n, navigate]);
  useRegisterCommands(commands);
}
