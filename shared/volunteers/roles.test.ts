import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, defaultRoleDefinitions, roleKeyFor, roleLabel } from './roles';

describe('default roles', () => {
  it('are labelled in English and Japanese with a headcount each', () => {
    const english = defaultRoleDefinitions('en');
    const japanese = defaultRoleDefinitions('ja');
    expect(english.find((role) => role.key === 'reception')).toEqual({
      key: 'reception',
      label: 'Reception',
      needed: 2,
    });
    expect(japanese.find((role) => role.key === 'photos')?.label).toBe('撮影');
    expect(japanese.find((role) => role.key === 'timekeeper')?.label).toBe('タイムキーパー');
    expect(english.map((role) => role.key)).toEqual(japanese.map((role) => role.key));
    expect(english.every((role) => role.needed >= 1)).toBe(true);
  });

  it('have unique keys', () => {
    const keys = DEFAULT_ROLES.map((role) => role.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('roleKeyFor', () => {
  const own = [{ key: 'badges', label: 'Name badges', needed: 1 }];

  it('reads the roles of a Japanese roster spreadsheet', () => {
    expect(roleKeyFor('受付', own)).toBe('reception');
    expect(roleKeyFor('会場設営', own)).toBe('setup');
    expect(roleKeyFor('撮影', own)).toBe('photos');
  });

  it('matches English labels and aliases regardless of case and width', () => {
    expect(roleKeyFor('Photography', own)).toBe('photos');
    expect(roleKeyFor('  ＭＣ ', own)).toBe('mc');
    expect(roleKeyFor('Clean  up', own)).toBe('cleanup');
  });

  it("prefers the organizer's own roles, and finds nothing for unknown or blank text", () => {
    expect(roleKeyFor('name badges', own)).toBe('badges');
    expect(roleKeyFor('Badges', own)).toBe('badges');
    expect(roleKeyFor('Juggling', own)).toBeNull();
    expect(roleKeyFor('   ', own)).toBeNull();
  });
});

describe('roleLabel', () => {
  it("uses the organizer's label, then the default in the language, then the key", () => {
    const own = [{ key: 'reception', label: 'Front desk', needed: 3 }];
    expect(roleLabel('reception', own, 'ja')).toBe('Front desk');
    expect(roleLabel('mc', own, 'ja')).toBe('司会');
    expect(roleLabel('mc', own, 'en')).toBe('MC');
    expect(roleLabel('juggling', own, 'en')).toBe('juggling');
  });
});
