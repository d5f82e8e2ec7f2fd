// One person in the trash: who they were, when they were deleted, and the two ways out (only one
// for a record merged into another: it says into whom, and cannot be restored).
import type { Person } from '../../../shared/domain/entities';
import { MergedIntoNote } from './merged-into-note';
import { TrashItem } from './trash-item';
import { useRestorePerson } from './use-trash-person';

export function TrashedPersonItem({ person, onPurge }: { person: Person; onPurge(): void }) {
  const restore = useRestorePerson();
  const details = [person.company, person.role].filter((part) => part.trim() !== '').join(' · ');
  return (
    <TrashItem
      name={person.displayName}
      title={<span className="person-row__display-name">{person.displayName}</span>}
      details={[
        ...(details !== '' ? [details] : []),
        ...(person.mergedIntoId !== undefined
          ? [<MergedIntoNote keptId={person.mergedIntoId} />]
          : []),
      ]}
      deletedAt={person.deletedAt}
      onRestore={person.mergedIntoId === undefined ? () => void restore(person) : undefined}
      onPurge={onPurge}
    />
  );
}
