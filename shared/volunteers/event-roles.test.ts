import { describe, expect, it } from 'vitest';
import { eventRoleDefinitions, withoutRoleNeed, withRoleNeed } from './event-roles';

describe('an event’s roster roles', () => {
  it('labels the event’s roles from the organizer’s list, then the defaults', () => {
    const organizer = [{ key: 'reception', label: 'Front desk', needed: 3 }];
    const needs = [
      { role: 'reception', needed: 2 },
      { role: 'photos', needed: 1 },
      { role: 'dj', needed: 1 },
    ];
    expect(eventRoleDefinitions(needs, organizer, 'ja')).toEqual([
      { key: 'reception', label: 'Front desk', needed: 2 },
      { key: 'photos', label: '撮影', needed: 1 },
      { key: 'dj', label: 'dj', needed: 1 },
    ]);
    expect(eventRoleDefinitions(undefined, organizer, 'en')).toEqual([]);
  });

  it('sets, adds and removes one role’s need', () => {
    const needs = withRoleNeed(withRoleNeed(undefined, 'mc', 1), 'setup', 2);
    expect(withRoleNeed(needs, 'mc', 2)).toEqual([
      { role: 'mc', needed: 2 },
      { role: 'setup', needed: 2 },
    ]);
    expect(withoutRoleNeed(needs, 'mc')).toEqual([{ role: 'setup', needed: 2 }]);
  });
});
