// The palette's warm-path commands. "Find a warm path to…" opens "Who can introduce me?" with its
// picker focused (a person, a company or a topic is chosen there); and while something is typed,
// the companies starting with it and the topics containing it are offered directly ("Find a warm
// path to Acme Cloud"), read from the people's company index and the topics table. Each carries
// the typed text as a keyword so the palette's matcher keeps it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { foldCompany, type WarmPathTarget } from '../../../shared/network/warm-paths';
import { useRegisterCommands, type Command } from '../../app/commands/command-registry';
import { usePaletteStore } from '../../app/commands/palette-store';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';
import { UI_LANGUAGES } from '../../i18n/languages';
import { WARM_PATHS_PATH, warmPathsHref } from './warm-path-target';

const OFFERED = 3;
const SHORTEST_QUERY = 2;

interface Offer {
  target: WarmPathTarget;
  label: string;
}

async function readOffers(db: HallwayDatabase, typed: string): Promise<Offer[]> {
  const folded = foldCompany(typed);
  const [companies, topics] = await Promise.all([
    db.people.where('company').startsWithIgnoreCase(typed).limit(50).uniqueKeys(),
    db.topics.toArray(),
  ]);
  const byFolded = new Map<string, string>();
  for (const company of companies as string[]) {
    const key = foldCompany(company);
    if (key !== '' && !byFolded.has(key)) byFolded.set(key, company.trim());
  }
  return [
    ...[...byFolded.values()]
      .slice(0, OFFERED)
      .map((name): Offer => ({ target: { kind: 'company', name }, label: name })),
    ...topics
      .filter((topic) => foldCompany(topic.label).includes(folded))
      .slice(0, OFFERED)
      .map((topic): Offer => ({ target: { kind: 'topic', key: topic.key }, label: topic.label })),
  ];
}

export function useWarmPathCommand(): void {
  const { t, i18n } = useTranslation('warm-paths');
  const navigate = useNavigate();
  const db = useDatabase();
  const typed = usePaletteStore((state) => (state.isOpen ? state.query.trim() : ''));
  const offers = useLiveQuery(
    async () => ({
      typed,
      offers: typed.length < SHORTEST_QUERY ? [] : await readOffers(db, typed),
    }),
    [db, typed],
  );

  const commands = useMemo((): Command[] => {
    const keywords = UI_LANGUAGES.flatMap((language) => {
      const fixed = i18n.getFixedT(language, 'warm-paths');
      return [fixed('command'), fixed('title'), ...fixed('commandKeywords').split(' ')];
    });
    const section = i18n.getFixedT(i18n.language, 'app')('commands.sectionActions');
    const current = offers?.typed === typed ? offers.offers : [];
    return [
      {
        id: 'find-warm-path',
        title: t('command'),
        keywords,
        section,
        run: () => navigate(WARM_PATHS_PATH),
      },
      ...current.map(({ target, label }) => ({
        id: `find-warm-path-${target.kind}-${label}`,
        title: t(target.kind === 'company' ? 'commandToCompany' : 'commandToTopic', {
          target: label,
        }),
        keywords: [typed, label],
        section,
        run: () => navigate(warmPathsHref(target)),
      })),
    ];
  }, [t, i18n, navigate, offers, typed]);
  useRegisterCommands(commands);
}
