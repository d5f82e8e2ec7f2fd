import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './people-list-query';
import { paramsFromPeopleListView, peopleListViewFromParams } from './people-list-url';

describe('the People list in the URL', () => {
  it('round-trips a sort and every filter', () => {
    const view = {
      sort: 'last-contact' as const,
      filters: {
        topic: { key: 'rust', field: 'offers' as const },
        eventId: 'event-1',
        company: 'Mer',
        notContactedMonths: 6,
        introducedByMe: true,
      },
    };

    const params = paramsFromPeopleListView(view);

    expect(params.toString()).toBe(
      'topic=rust&in=offers&event=event-1&company=Mer&quiet=6&introduced=1&sort=last-contact',
    );
    expect(peopleListViewFromParams(params)).toEqual(view);
  });

  it('leaves the defaults out, and reads no parameters as the defaults', () => {
    const params = paramsFromPeopleListView({ sort: 'name', filters: NO_FILTERS });
    expect(params.toString()).toBe('');
    expect(peopleListViewFromParams(params)).toEqual({ sort: 'name', filters: NO_FILTERS });
  });

  it('ignores values it does not know', () => {
    expect(
      peopleListViewFromParams(new URLSearchParams('sort=shoe-size&quiet=-3&in=hobbies&topic=go')),
    ).toEqual({
      sort: 'name',
      filters: { ...NO_FILTERS, topic: { key: 'go', field: 'any' } },
    });
  });
});
