// Sample people: Latin and Japanese names (kanji with a hiragana reading; the romaji goes into
// their e-mail addresses and notes so "yamada" finds 山田), companies, roles, cities, languages,
// unique e-mails, some profile links, and interests/offers/asks drawn with a Zipf-like skew from
// the topic catalogue, leaning towards the topics of the event series in their city.
// Timestamps and lastContactAt are filled in once their interactions exist; the derived fields
// (look-up keys, sort name) are left to the write that stores them.
import type { Person, WritablePerson } from '../domain/entities';
import { composeDisplayName } from '../people/compose-display-name';
import { normaliseTopicKey } from '../topics/normalise-topic-key';
import {
  CITIES,
  COMPANIES,
  EVENT_SERIES,
  EXTRA_LANGUAGES,
  ROLES,
  type SampleCity,
} from './community-catalogue';
import {
  JAPANESE_FAMILY_NAMES,
  JAPANESE_GIVEN_NAMES,
  LATIN_FAMILY_NAMES,
  LATIN_GIVEN_NAMES,
} from './name-catalogue';
import { type SampleRandom, ZipfSampler } from './sample-random';
import { CATALOGUE_BY_KEY, TOPIC_CATALOGUE } from './topic-catalogue';

const KEEP_IN_TOUCH_DAYS = [14, 30, 60, 90, 180];
const NO_TOPICS: ReadonlySet<string> = new Set();

interface NameParts {
  givenName: string;
  familyName: string;
  nameReading: string;
  nameOrder: Person['nameOrder'];
  /** ASCII "given family", for e-mails, handles and notes. */
  latin: [given: string, family: string];
}

function asciiHandlePart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function pickName(random: SampleRandom, japanese: boolean): NameParts {
  if (japanese) {
    const family = random.pick(JAPANESE_FAMILY_NAMES);
    const given = random.pick(JAPANESE_GIVEN_NAMES);
    return {
      givenName: given.kanji,
      familyName: family.kanji,
      nameReading: `${family.reading} ${given.reading}`,
      nameOrder: 'family-given',
      latin: [given.romaji, family.romaji],
    };
  }
  const given = random.pick(LATIN_GIVEN_NAMES);
  const family = random.pick(LATIN_FAMILY_NAMES);
  return {
    givenName: given,
    familyName: family,
    nameReading: '',
    nameOrder: 'given-family',
    latin: [asciiHandlePart(given), asciiHandlePart(family)],
  };
}

function labelOf(key: string): string {
  return CATALOGUE_BY_KEY.get(key)?.label ?? key;
}

/** Notes as a user writes them after a meetup; Japanese names get their romaji up front. */
function notesFor(romaji: string, person: Pick<Person, 'role' | 'company' | 'offers' | 'asks'>) {
  const parts = [`${romaji}${person.role} at ${person.company}.`];
  if (person.asks.length > 0) parts.push(`Looking for ${labelOf(person.asks[0])}.`);
  if (person.offers.length > 0) parts.push(`Happy to help with ${labelOf(person.offers[0])}.`);
  return parts.join(' ');
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Topic sampling for one city: the catalogue's skew, plus the topics of the local series. */
class TopicPicker {
  private readonly zipf = new ZipfSampler(TOPIC_CATALOGUE.length, 1.05);
  private readonly localTopics: Map<string, string[]>;

  constructor() {
    this.localTopics = new Map(
      CITIES.map((city) => [
        city.name,
        EVENT_SERIES.filter((series) => series.city === city.name).flatMap((series) =>
          series.topics.map(normaliseTopicKey),
        ),
      ]),
    );
  }

  pick(random: SampleRandom, city: string, count: number, exclude: ReadonlySet<string>): string[] {
    const chosen = new Set<string>();
    const local = this.localTopics.get(city) ?? [];
    for (let attempt = 0; chosen.size < count && attempt < count * 4; attempt++) {
      const key =
        local.length > 0 && random.chance(0.3)
          ? random.pick(local)
          : TOPIC_CATALOGUE[this.zipf.sample(random)].key;
      if (!exclude.has(key)) chosen.add(key);
    }
    return [...chosen];
  }
}

class CityPicker {
  private readonly total = CITIES.reduce((sum, city) => sum + city.weight, 0);

  pick(random: SampleRandom): SampleCity {
    let target = random.next() * this.total;
    for (const city of CITIES) {
      target -= city.weight;
      if (target < 0) return city;
    }
    return CITIES[CITIES.length - 1];
  }
}

/** Hands out e-mail/handle stems that are unique across the data set: ada.lovelace, ada.lovelace2… */
class UniqueHandles {
  private readonly used = new Map<string, number>();

  take(stem: string): string {
    const count = (this.used.get(stem) ?? 0) + 1;
    this.used.set(stem, count);
    return count === 1 ? stem : `${stem}${count}`;
  }
}

function companyDomain(company: string): string {
  return `${company.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`;
}

function phoneFor(random: SampleRandom, japanese: boolean): string {
  const digits = (length: number) => String(random.int(10 ** length)).padStart(length, '0');
  return japanese ? `+81 90-${digits(4)}-${digits(4)}` : `+44 7${digits(3)} ${digits(6)}`;
}

function languagesFor(random: SampleRandom, city: SampleCity, japanese: boolean): string[] {
  const languages = new Set(japanese ? ['ja'] : [city.languages[0]]);
  if (random.chance(0.6)) languages.add('en');
  if (random.chance(0.15)) languages.add(random.pick(EXTRA_LANGUAGES));
  return [...languages];
}

export function generatePeople(random: SampleRandom, count: number): WritablePerson[] {
  const cities = new CityPicker();
  const topics = new TopicPicker();
  const handles = new UniqueHandles();
  const people: WritablePerson[] = [];
  for (let index = 0; index < count; index++) {
    const city = cities.pick(random);
    const japanese = random.chance(city.japaneseShare);
    const name = pickName(random, japanese);
    const [givenLatin, familyLatin] = name.latin;
    const handle = handles.take(`${givenLatin}.${familyLatin}`);
    const company = random.pick(COMPANIES);
    const role = random.pick(ROLES);
    const emails: string[] = [];
    if (random.chance(0.9)) emails.push(`${handle}@${companyDomain(company)}`);
    if (random.chance(0.2)) emails.push(`${handle}@mail.example`);
    const links: string[] = [];
    if (random.chance(0.4)) links.push(`https://github.com/${handle.replace('.', '-')}`);
    if (random.chance(0.25)) links.push(`https://www.linkedin.com/in/${handle.replace('.', '-')}/`);
    if (random.chance(0.1)) links.push(`https://x.com/${handle.replace('.', '_')}`);
    const interests = topics.pick(random, city.name, random.between(2, 6), NO_TOPICS);
    const offers = topics.pick(random, city.name, random.between(0, 3), NO_TOPICS);
    const asks = topics.pick(random, city.name, random.between(0, 2), new Set(offers));
    const displayName = composeDisplayName(name.givenName, name.familyName, name.nameOrder);
    const romaji = japanese ? `${capitalised(givenLatin)} ${capitalised(familyLatin)}. ` : '';
    const person: WritablePerson = {
      id: random.uuid(),
      createdAt: 0,
      updatedAt: 0,
      deletedAt: 0,
      displayName,
      givenName: name.givenName,
      familyName: name.familyName,
      nameReading: name.nameReading,
      nameOrder: name.nameOrder,
      company,
      role,
      location: city.name,
      languages: languagesFor(random, city, japanese),
      emails,
      phones: random.chance(0.3) ? [phoneFor(random, japanese)] : [],
      links,
      interests,
      offers,
      asks,
      notes: notesFor(romaji, { role, company, offers, asks }),
      keepInTouchDays: random.chance(0.15) ? random.pick(KEEP_IN_TOUCH_DAYS) : null,
      source: 'sample',
      lastContactAt: 0,
    };
    people.push(person);
  }
  return people;
}
