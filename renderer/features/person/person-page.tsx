// A found person: header (name, company, stats, actions), the duplicate warning, every field
// edited in place, then the timeline. Later sections (introductions, volunteer shifts) stack
// below the timeline as sections of their own.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { Screen } from '../../app/screen';
import { restorePerson } from '../../data/writes/people-writes';
import { DuplicateWarning } from '../add-person/duplicate-warning';
import { ExportVCardButton } from '../export/export-vcard-button';
import { useProbableDuplicates } from '../add-person/use-probable-duplicates';
import { LazyPersonInteractionsChart } from '../insights/lazy-small-charts';
import { PersonIntroductions } from '../introductions/person-introductions';
import { MergeDialog } from '../merge/merge-dialog';
import { MergedIntoNote } from '../people/merged-into-note';
import { PersonRelationships } from '../relationships/person-relationships';
import { PersonDetails } from './person-details';
import { PersonStats } from './person-stats';
import { PersonTimeline } from './person-timeline';
import { usePersonEditor } from './use-person-editor';
import { usePersonTimeline } from './use-person-timeline';
import { useTrashFromPage } from './use-trash-from-page';
import { WarmPathsButton } from '../warm-paths/warm-paths-button';

export function PersonPage({ person }: { person: Person }) {
  const { t } = useTranslation('person');
  const db = useDatabase();
  const navigate = useNavigate();
  const editor = usePersonEditor(person);
  const timeline = usePersonTimeline(person.id);
  const [merging, setMerging] = useState<{ otherId: string | null } | null>(null);
  const trashed = person.deletedAt !== 0;
  const trash = useTrashFromPage(person, !trashed);
  const duplicates = useProbableDuplicates(
    {
      displayName: person.displayName,
      givenName: person.givenName,
      familyName: person.familyName,
      nameReading: person.nameReading,
      emails: person.emails,
      links: person.links,
    },
    person.id,
  );
  const subtitle = [person.role, person.company].filter((part) => part !== '').join(' · ');

  return (
    <Screen title={person.displayName} subtitle={subtitle || undefined}>
      {trashed && (
        <div className="person-trashed" role="status">
          {person.mergedIntoId === undefined ? (
            <>
              <p>{t('trashed.body')}</p>
              <button
                type="button"
                className="button"
                onClick={() => void restorePerson(db, person.id)}
              >
                {t('trashed.restore')}
              </button>
            </>
          ) : (
            <p>
              <MergedIntoNote keptId={person.mergedIntoId} />
            </p>
          )}
        </div>
      )}
      <div className="person-header">
        <PersonStats lastContactAt={person.lastContactAt} timesMet={timeline?.timesMet} />
        {!trashed && (
          <button type="button" className="button" onClick={() => setMerging({ otherId: null })}>
            {t('mergeWith')}
          </button>
        )}
        {!trashed && <ExportVCardButton person={person} />}
        {!trashed && <WarmPathsButton personId={person.id} />}
        {!trashed && (
          <button
            type="button"
            className="button"
            aria-keyshortcuts="Delete"
            onClick={() => void trash()}
          >
            {t('moveToTrash')}{' '}
            <kbd className="kbd" aria-hidden="true">
              Del
            </kbd>
          </button>
        )}
      </div>
      {!trashed && (
        <DuplicateWarning
          duplicates={duplicates}
          onOpen={(id) => navigate(`/people/${encodeURIComponent(id)}`)}
          onMerge={(otherId) => setMerging({ otherId })}
        />
      )}
      <PersonDetails person={person} editor={editor} />
      <PersonTimeline personId={person.id} timeline={timeline} />
      {!trashed && <PersonRelationships person={person} />}
      {timeline && <LazyPersonInteractionsChart entries={timeline.entries} />}
      {!trashed && <PersonIntroductions person={person} />}
      {merging && (
        <MergeDialog kept={person} otherId={merging.otherId} onClose={() => setMerging(null)} />
      )}
    </Screen>
  );
}
