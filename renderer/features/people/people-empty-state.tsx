// No people yet: what the screen is for, and the ways to start — import a contacts or attendee
// file, load the sample data, or add someone (the person feature's "add-person" command; the
// palette when it is not there).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommands } from '../../app/commands/command-registry';
import { openPalette } from '../../app/commands/palette-store';
import { EmptyState } from '../../app/empty-state';
import { openImport } from '../import/ui/import-launch-store';
import { LoadSampleDataButton } from '../settings/load-sample-data-button';

const ADD_PERSON_COMMAND = 'add-person';

export function PeopleEmptyState() {
  const { t } = useTranslation('people');
  const addPerson = useCommands().find((command) => command.id === ADD_PERSON_COMMAND);
  return (
    <>
      <EmptyState
        title={t('emptyTitle')}
        body={t('emptyBody')}
        action={
          <>
            <button type="button" className="button" onClick={() => openImport()}>
              {t('importContacts')}
            </button>
            <LoadSampleDataButton />
            <button
              type="button"
              className="button"
              onClick={() => (addPerson ? void addPerson.run() : openPalette())}
            >
              {t('addPerson')}
            </button>
          </>
        }
      />
      <Link className="people-browser__trash-link" to="/people/trash">
        {t('trashLink')}
      </Link>
    </>
  );
}
