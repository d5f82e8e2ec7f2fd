// The palette's "Restore from a backup file…", findable by its title and keywords in every UI
// language; it runs the same restore flow as the Settings button.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterCommands, type Command } from '../../app/commands/command-registry';
import { UI_LANGUAGES } from '../../i18n/languages';
import { useRestoreFlow } from './use-restore-flow';

export function useRestoreCommand(): void {
  const { t, i18n } = useTranslation('backup');
  const restore = useRestoreFlow();
  const commands = useMemo(
    (): Command[] => [
      {
        id: 'restore-from-file',
        title: t('restoreCommand'),
        keywords: UI_LANGUAGES.flatMap((language) => {
          const fixed = i18n.getFixedT(language, 'backup');
          return [fixed('restoreCommand'), ...fixed('restoreKeywords').split(' ')];
        }),
        section: i18n.getFixedT(i18n.language, 'app')('commands.sectionActions'),
        run: () => restore.fromFile(),
      },
    ],
    [t, i18n, restore],
  );
  useRegisterCommands(commands);
}
