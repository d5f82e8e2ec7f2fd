// Moving the person on their own page to the trash, from the button or by the Delete key (the
// people list's key, Backspace too, as there): the People list opens and a toast offers Undo.
// The keys are ignored while the user types or while a dialog is open.
import { useCallback, useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { Person } from '../../../shared/domain/entities';
import { useTrashPerson } from '../people/use-trash-person';
import { isTypingTarget } from './typing-target';

const isInDialog = (target: EventTarget | null) =>
  target instanceof Element && target.closest('[role="dialog"], [role="alertdialog"]') !== null;

export function useTrashFromPage(person: Pick<Person, 'id' | 'displayName'>, enabled: boolean) {
  const trashPerson = useTrashPerson();
  const navigate = useNavigate();
  const trash = useCallback(async () => {
    await trashPerson(person);
    navigate('/people');
  }, [trashPerson, person, navigate]);

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Delete' && event.key !== 'Backspace') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (event.defaultPrevented || isTypingTarget(event.target) || isInDialog(event.target))
        return;
      if (document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      void trash();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, trash]);

  return trash;
}
