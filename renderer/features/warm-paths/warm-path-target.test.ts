import { describe, expect, it } from 'vitest';
import { parseWarmPathTarget, warmPathsHref } from './warm-path-target';

describe('warm path targets in the URL', () => {
  it('reads a person, a company or a topic, and nothing else', () => {
    expect(parseWarmPathTarget('person:p-1')).toEqual({ kind: 'person', personId: 'p-1' });
    expect(parseWarmPathTarget('company:Acme: West')).toEqual({
      kind: 'company',
      name: 'Acme: West',
    });
    expect(parseWarmPathTarget('topic:rust')).toEqual({ kind: 'topic', key: 'rust' });
    expect(parseWarmPathTarget('company: ')).toBeNull();
    expect(parseWarmPathTarget('city:Tokyo')).toBeNull();
    expect(parseWarmPathTarget(null)).toBeNull();
  });

  it('writes a link that reads back to the same target', () => {
    const href = warmPathsHref({ kind: 'company', name: 'Acme & Co' });
    expect(href).toBe('/warm-paths?to=company%3AAcme+%26+Co');
    const to = new URLSearchParams(href.split('?')[1]).get('to');
    expect(parseWarmPathTarget(to)).toEqual({ kind: 'company', name: 'Acme & Co' });
  });
});
