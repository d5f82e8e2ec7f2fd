// The world of the sample data: cities (with how Japanese they are and which languages are
// spoken), companies, roles and the event series that happen in each city.
import type { EventKind } from '../domain/entities';

export interface SampleCity {
  name: string;
  /** Share of people in this city with a Japanese name. */
  japaneseShare: number;
  /** Relative number of people living there. */
  weight: number;
  languages: readonly string[];
}

export const CITIES: readonly SampleCity[] = [
  { name: 'Tokyo', japaneseShare: 0.8, weight: 30, languages: ['ja', 'en'] },
  { name: 'Osaka', japaneseShare: 0.9, weight: 10, languages: ['ja'] },
  { name: 'Fukuoka', japaneseShare: 0.9, weight: 4, languages: ['ja'] },
  { name: 'Berlin', japaneseShare: 0.05, weight: 12, languages: ['de', 'en'] },
  { name: 'London', japaneseShare: 0.05, weight: 12, languages: ['en'] },
  { name: 'San Francisco', japaneseShare: 0.08, weight: 10, languages: ['en'] },
  { name: 'New York', japaneseShare: 0.05, weight: 8, languages: ['en', 'es'] },
  { name: 'Paris', japaneseShare: 0.04, weight: 6, languages: ['fr', 'en'] },
  { name: 'Amsterdam', japaneseShare: 0.03, weight: 4, languages: ['nl', 'en'] },
  { name: 'Singapore', japaneseShare: 0.1, weight: 4, languages: ['en', 'zh'] },
];

export const EXTRA_LANGUAGES: readonly string[] = ['en', 'ja', 'es', 'fr', 'de', 'pt', 'zh', 'ko'];

export const COMPANIES: readonly string[] = (
  'Acme Cloud, Bluefin Labs, Brightpath, Cobalt Systems, Copperleaf, Driftwood Studio, ' +
  'Ember Analytics, Fieldnote, Foxglove Health, Granite Data, Harbor Pay, Helix Robotics, ' +
  'Indigo Works, Juniper Logistics, Kestrel Security, Lantern AI, Larkspur, Meridian Bank, ' +
  'Mosaic Learning, Nimbus Games, Northwind Traders, Oakridge Energy, Orbit Mobility, ' +
  'Paperplane, Pinecone Media, Quartz Finance, Redwood Retail, Saffron Foods, Sakura Systems, ' +
  'Shinkansen Soft, Silverline, Spruce Dev, Starling Travel, Tanuki Labs, Tidepool, ' +
  'Umami Apps, Vantage Insurance, Wasabi Works, Willow Health, Yuzu Commerce, Zephyr Mobile, ' +
  'Freelance, Independent consultant, University of Tokyo, TU Berlin, Imperial College'
).split(', ');

export const ROLES: readonly string[] = (
  'Software engineer, Senior software engineer, Staff engineer, Engineering manager, CTO, ' +
  'Founder, Product manager, Product designer, UX researcher, Data scientist, ' +
  'Machine learning engineer, Site reliability engineer, Security engineer, QA engineer, ' +
  'Developer advocate, Technical writer, Student, Researcher, Recruiter, Community manager, ' +
  'Mobile developer, Frontend developer, Backend developer, Data engineer, Consultant, ' +
  'Designer, VP of engineering, Head of product, Open source maintainer, Indie hacker'
).split(', ');

export interface SampleEventSeries {
  name: string;
  city: string;
  kind: EventKind;
  /** What the app's user does there: 'attendee', 'organizer' or 'speaker'. */
  myRole: string;
  /** Months between two events of the series. */
  everyMonths: number;
  /** Length of one event in hours. */
  hours: number;
  /** Topic labels the series is about (its attendees lean towards them). */
  topics: readonly string[];
}

export const EVENT_SERIES: readonly SampleEventSeries[] = [
  {
    name: 'Tokyo Rust Meetup',
    city: 'Tokyo',
    kind: 'meetup',
    myRole: 'attendee',
    everyMonths: 1,
    hours: 3,
    topics: ['Rust', 'WebAssembly'],
  },
  {
    name: 'Shibuya.js',
    city: 'Tokyo',
    kind: 'meetup',
    myRole: 'organizer',
    everyMonths: 1,
    hours: 3,
    topics: ['JavaScript', 'TypeScript', 'React'],
  },
  {
    name: 'Tokyo Ruby Kaigi Night',
    city: 'Tokyo',
    kind: 'meetup',
    myRole: 'attendee',
    everyMonths: 2,
    hours: 3,
    topics: ['Ruby', 'Ruby on Rails'],
  },
  {
    name: 'Kansai Tech Night',
    city: 'Osaka',
    kind: 'meetup',
    myRole: 'attendee',
    everyMonths: 1,
    hours: 3,
    topics: ['Go', 'Kubernetes'],
  },
  {
    name: 'Fukuoka Dev Café',
    city: 'Fukuoka',
    kind: 'meetup',
    myRole: 'attendee',
    everyMonths: 2,
    hours: 2,
    topics: ['Python', 'Startups'],
  },
  {
    name: 'Berlin Elixir Meetup',
    city: 'Berlin',
    kind: 'meetup',
    myRole: 'attendee',
    everyMonths: 1,
    hours: 3,
    topics: ['Elixir', 'Functional programming'],
  },
  {
    name: 'London TypeScript',
    city: 'London',
    kind: 'meetup',
    myRole: 'speaker',
    everyMonths: 1,
    hours: 3,
    topics: ['TypeScript', 'Node.js'],
  },
  {
    name: 'SF AI Builders',
    city: 'San Francisco',
    kind: 'meetup',
    myRole: 'attendee',
    everyMonths: 1,
    hours: 3,
    topics: ['Machine learning', 'LLMs'],
  },
  {
    name: 'NYC Design Systems',
    city: 'New York',
    kind: 'meetup',
    myRole: 'attendee',
    everyMonths: 2,
    hours: 2,
    topics: ['Accessibility', 'UX'],
  },
  {
    name: 'Hallway Conf',
    city: 'Tokyo',
    kind: 'conference',
    myRole: 'organizer',
    everyMonths: 12,
    hours: 16,
    topics: ['Open source', 'Developer relations'],
  },
  {
    name: 'EuroDev Summit',
    city: 'Berlin',
    kind: 'conference',
    myRole: 'attendee',
    everyMonths: 12,
    hours: 16,
    topics: ['Kubernetes', 'Security'],
  },
  {
    name: 'Paris Data Days',
    city: 'Paris',
    kind: 'conference',
    myRole: 'attendee',
    everyMonths: 12,
    hours: 8,
    topics: ['Data science', 'PostgreSQL'],
  },
  {
    name: 'Remote Rustaceans',
    city: 'Online',
    kind: 'online',
    myRole: 'attendee',
    everyMonths: 1,
    hours: 2,
    topics: ['Rust'],
  },
  {
    name: 'Hallway Conf After-party',
    city: 'Tokyo',
    kind: 'after-party',
    myRole: 'organizer',
    everyMonths: 12,
    hours: 3,
    topics: ['Community building'],
  },
  {
    name: 'Tokyo Tech Book Fair',
    city: 'Tokyo',
    kind: 'other',
    myRole: 'attendee',
    everyMonths: 6,
    hours: 6,
    topics: ['Technical writing', '技術同人誌'],
  },
  {
    name: 'Accessibility Workshop',
    city: 'London',
    kind: 'workshop',
    myRole: 'attendee',
    everyMonths: 3,
    hours: 4,
    topics: ['Accessibility'],
  },
];
