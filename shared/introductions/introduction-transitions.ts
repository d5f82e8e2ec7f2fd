// Which status moves an introduction may make: a double opt-in. An idea is first put to each side
// (asked), made once both agreed, and connected once they actually met or talked. Any open step
// can end in declined; a declined introduction can be taken up again as an idea. Going back one
// step is allowed (a status clicked by mistake); skipping ahead is not, except that an idea may be
// made directly when both sides already asked for it.
import type { IntroductionStatus } from '../domain/entities';

const NEXT: Readonly<Record<IntroductionStatus, readonly IntroductionStatus[]>> = {
  idea: ['asked', 'made', 'declined'],
  asked: ['made', 'declined', 'idea'],
  made: ['connected', 'declined', 'asked'],
  connected: ['made'],
  declined: ['idea'],
};

/** The statuses an introduction in `from` may move to, the usual next step first. */
export function allowedTransitions(from: IntroductionStatus): readonly IntroductionStatus[] {
  return NEXT[from];
}

export function canTransition(from: IntroductionStatus, to: IntroductionStatus): boolean {
  return NEXT[from].includes(to);
}

const FORWARD: Readonly<Record<IntroductionStatus, IntroductionStatus | null>> = {
  idea: 'asked',
  asked: 'made',
  made: 'connected',
  connected: null,
  declined: null,
};

/** The forward step a button offers ("Asked both", "Mark as made", "They connected"), if any. */
export function nextStep(from: IntroductionStatus): IntroductionStatus | null {
  return FORWARD[from];
}

/** Whether the introduction was made (the people list's "introduced by me"). */
export function isMade(status: IntroductionStatus): boolean {
  return status === 'made' || status === 'connected';
}
