// How a relationship reads from one person's side. A mutual kind (knows, works with…) reads the
// same from both ends; a directed one (introduced me to, mentor of) reads from its fromId's side
// as stored and turned round from its toId's side, so on Bruno's page "Aoi introduced me to Bruno"
// never reads as if Bruno had done it. The dialog's choices are the same wordings: picking one
// from a person's page says which way round the row is stored.
import {
  DIRECTED_RELATIONSHIP_KINDS,
  RELATIONSHIP_KINDS,
  type RelationshipKind,
} from '../../../shared/domain/entities';

/** A kind as read from one side: `reversed` when that side is the row's toId (directed only). */
export type RelationshipWording = `${RelationshipKind}` | `${DirectedKind}Reversed`;
type DirectedKind = 'introduced-me-to' | 'mentor-of';

export function wordingOf(kind: RelationshipKind, fromThisSide: boolean): RelationshipWording {
  return DIRECTED_RELATIONSHIP_KINDS.has(kind) && !fromThisSide
    ? (`${kind as DirectedKind}Reversed` as const)
    : kind;
}

export function kindOfWording(wording: RelationshipWording): {
  kind: RelationshipKind;
  /** Whether the page's person is the row's toId. */
  reversed: boolean;
} {
  const reversed = wording.endsWith('Reversed');
  const kind = (reversed ? wording.slice(0, -'Reversed'.length) : wording) as RelationshipKind;
  return { kind, reversed };
}

/** Every choice of the dialog, each directed kind followed by its turned-round reading. */
export const WORDINGS: readonly RelationshipWording[] = RELATIONSHIP_KINDS.flatMap((kind) =>
  DIRECTED_RELATIONSHIP_KINDS.has(kind) ? [kind, wordingOf(kind, false)] : [kind],
);
