// The People list's sort and filters as URL search parameters (/people?topic=rust&in=offers&
// event=…&company=mer&quiet=6&sort=last-contact), so that a filtered list can be linked to (an
// event page's "people met here") and survives a reload. Defaults are left out of the URL.
import {
  NO_FILTERS,
  PEOPLE_SORTS,
  TOPIC_FIELDS,
  type PeopleFilters,
  type PeopleSort,
  type TopicField,
} from './people-list-query';

export interface PeopleListView {
  sort: PeopleSort;
  filters: PeopleFilters;
}

const DEFAULT_SORT: PeopleSort = 'name';

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((option) => option === value);
}

export function peopleListViewFromParams(params: URLSearchParams): PeopleListView {
  const topic = params.get('topic');
  const months = Number(params.get('quiet'));
  return {
    sort: oneOf(PEOPLE_SORTS, params.get('sort')) ?? DEFAULT_SORT,
    filters: {
      topic: topic
        ? { key: topic, field: oneOf<TopicField>(TOPIC_FIELDS, params.get('in')) ?? 'any' }
        : null,
      eventId: params.get('event') || null,
      company: params.get('company') ?? '',
      notContactedMonths: Number.isInteger(months) && months > 0 ? months : null,
      introducedByMe: params.get('introduced') === '1',
    },
  };
}

export function paramsFromPeopleListView({ sort, filters }: PeopleListView): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.topic) {
    params.set('topic', filters.topic.key);
    if (filters.topic.field !== 'any') params.set('in', filters.topic.field);
  }
  if (filters.eventId !== null) params.set('event', filters.eventId);
  if (filters.company !== NO_FILTERS.company) params.set('company', filters.company);
  if (filters.notContactedMonths !== null) params.set('quiet', String(filters.notContactedMonths));
  if (filters.introducedByMe) params.set('introduced', '1');
  if (sort !== DEFAULT_SORT) params.set('sort', sort);
  return params;
}
