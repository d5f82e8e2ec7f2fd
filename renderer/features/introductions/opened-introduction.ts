// Opening one introduction: the Introductions screen, scrolled to its card with the focus on it.
// Used where the user asks for a pair that already has an introduction (the make-introduction
// dialog), so they land on the one that exists instead of being told a second one was saved.
import { useEffect, type RefObject } from 'react';
import { useLocation, useNavigate } from 'react-router';

interface OpenedIntroductionState {
  openIntroduction: string;
}

function isOpenedState(state: unknown): state is OpenedIntroductionState {
  return typeof state === 'object' && state !== null && 'openIntroduction' in state;
}

export function useOpenIntroduction(): (id: string) => void {
  const navigate = useNavigate();
  return (id) =>
    void navigate('/introductions', {
      state: { openIntroduction: id } satisfies OpenedIntroductionState,
    });
}

/** Scrolls to and focuses the card of the introduction that was asked to be opened. */
export function useFocusWhenOpened(id: string, card: RefObject<HTMLElement | null>): void {
  const { state, key } = useLocation();
  const opened = isOpenedState(state) && state.openIntroduction === id;
  useEffect(() => {
    if (!opened) return;
    card.current?.scrollIntoView?.({ block: 'center' });
    card.current?.focus();
  }, [opened, key, card]);
}
