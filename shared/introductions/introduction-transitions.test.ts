import { describe, expect, it } from 'vitest';
import { INTRODUCTION_STATUSES } from '../domain/entities';
import { allowedTransitions, canTransition, isMade, nextStep } from './introduction-transitions';

describe('introduction transitions', () => {
  it('walks the double opt-in forward: idea, asked, made, connected', () => {
    expect(nextStep('idea')).toBe('asked');
    expect(nextStep('asked')).toBe('made');
    expect(nextStep('made')).toBe('connected');
    expect(nextStep('connected')).toBeNull();
    expect(nextStep('declined')).toBeNull();
  });

  it('lets any open step end in declined, and a declined one start again as an idea', () => {
    for (const from of ['idea', 'asked', 'made'] as const)
      expect(canTransition(from, 'declined')).toBe(true);
    expect(canTransition('connected', 'declined')).toBe(false);
    expect(allowedTransitions('declined')).toEqual(['idea']);
  });

  it('does not skip from an idea to connected, nor stay in place', () => {
    expect(canTransition('idea', 'connected')).toBe(false);
    expect(canTransition('asked', 'connected')).toBe(false);
    for (const status of INTRODUCTION_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it('allows one step back, for a status set by mistake', () => {
    expect(canTransition('asked', 'idea')).toBe(true);
    expect(canTransition('made', 'asked')).toBe(true);
    expect(canTransition('connected', 'made')).toBe(true);
  });

  it('counts made and connected introductions as made', () => {
    expect(INTRODUCTION_STATUSES.filter(isMade)).toEqual(['made', 'connected']);
  });
});
