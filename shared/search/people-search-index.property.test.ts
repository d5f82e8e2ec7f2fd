import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeopleSearchIndex } from './people-search-index';
import { personFixture } from '../domain/person-fixture';
import { keyAsLabel } from './search-document';

const nameChars = [...'abcdefghijklmnopqrstuvwxyzéüABCZ', ...'やまだはなこヤマダ', ...'山田花子林'];
const nameWord = fc
  .array(fc.constantFrom(...nameChars), { minLength: 1, maxLength: 8 })
  .map((chars) => chars.join(''));
const displayName = fc
  .array(nameWord, { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' '));

describe('PeopleSearchIndex properties', () => {
  it('finds any person by the full display name, and no longer once removed', () => {
    fc.assert(
      fc.property(fc.array(displayName, { maxLength: 5 }), displayName, (others, name) => {
        const index = PeopleSearchIndex.empty();
        index.putAll(
          others.map((other, i) => personFixture({ id: `other-${i}`, displayName: other })),
          keyAsLabel,
        );
        index.put(personFixture({ id: 'target', displayName: name }), keyAsLabel);
        const found = () => index.search(name, Infinity).map((hit) => hit.id);
        expect(found()).toContain('target');
        index.remove('target');
        expect(found()).not.toContain('target');
      }),
    );
  });
});
