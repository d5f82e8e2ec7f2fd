// "Add person" from anywhere: the palette command, the `N` key when focus is not in a text field,
// and the dialog they open. Mounted once in the app layout; the dialog's code loads when it first
// opens (issue 15).
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterCommands, type Command } from '../../app/commands/command-registry';
import { UI_LANGUAGES } from '../../i18n/languages';
import { isTypingTarget } from '../person/typing-target';
import { openAddPerson, useAddPersonStore } from './add-person-store';

const AddPersonDialog = lazy(async () => ({
  default: (await import('./add-person-dialog')).AddPersonDialog,
}));

export function AddPersonLauncher() {
  const { t, i18n } = useTranslation('add-person');
  const isOpen = useAddPersonStore((state) => state.isOpen);

  const commands = useMemo(
    (): Command[] => [
      {
        id: 'add-person',
        title: t('command'),
        keywords: UI_LANGUAGES.map((language) => i18n.getFixedT(language, 'add-person')('command')),
        section: t('commandSection'),
        run: openAddPerson,
      },
    ],
    [t, i18n],
  );
  useRegisterCommands(commands);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      openAddPerson();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return isOpen ? (
    <Suspense fallback={null}>
      <AddPersonDialog />
    </Suspense>
  ) : null;
}
