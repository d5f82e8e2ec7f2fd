// People search inside the command palette: while the palette is open, what is typed there is
// searched too and the people found are registered as commands ("open this person"). Each carries
// the query as a keyword so that the palette's own matcher keeps it (a person found by ヤマダ is
// titled 山田 花子), and an answer to an older query drops out as soon as the query moves on.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRegisterCommands, type Command } from '../../app/commands/command-registry';
import { usePaletteStore } from '../../app/commands/palette-store';
import { usePeopleSearch } from './use-people-search';

export const PALETTE_RESULT_LIMIT = 8;

export function usePalettePeopleCommands(): void {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const query = usePaletteStore((state) => (state.isOpen ? state.query : ''));
  const { hits, query: answered } = usePeopleSearch(query, PALETTE_RESULT_LIMIT);

  const commands = useMemo(
    (): Command[] =>
      hits.map((hit) => ({
        id: `open-person-${hit.id}`,
        title: hit.company ? `${hit.displayName} · ${hit.company}` : hit.displayName,
        keywords: [answered, hit.nameReading],
        section: t('paletteSection'),
        run: () => navigate(`/people/${encodeURIComponent(hit.id)}`),
      })),
    [hits, answered, t, navigate],
  );
  useRegisterCommands(commands);
}
