// The map's first frame: every person placed at once, before ForceAtlas2 has run, so something
// sensible shows immediately. Each community gets a disc (its members on a sunflower spiral) and
// the discs follow a larger spiral, largest community in the middle; no randomness, so the same
// data always starts from the same picture and the layout converges the same way.
import type { Communities } from './communities';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring people on a spiral, in graph units. */
const SPACING = 10;

export interface Placement {
  x: number;
  y: number;
}

function spiralPoint(index: number, spacing: number): Placement {
  const radius = spacing * Math.sqrt(index);
  const angle = index * GOLDEN_ANGLE;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Positions for `ids` (in a stable order), grouped by community. */
export function placeByCommunity(
  ids: readonly string[],
  communities: Communities,
): Map<string, Placement> {
  const byRank = new Map<number, string[]>();
  const alone: string[] = [];
  for (const id of ids) {
    const rank = communities.rankOf.get(id);
    if (rank === undefined) {
      alone.push(id);
      continue;
    }
    const members = byRank.get(rank);
    if (members) members.push(id);
    else byRank.set(rank, [id]);
  }
  const groups = [...byRank.entries()].sort(([a], [b]) => a - b).map(([, members]) => members);
  if (alone.length > 0) groups.push(alone);

  const placement = new Map<string, Placement>();
  let placedBefore = 0;
  groups.forEach((members, index) => {
    // A group of n people fills a disc about √n spacings wide; the discs' centres follow a
    // sunflower spiral of everyone placed so far, spread wider so the discs barely overlap.
    const centre =
      index === 0 ? { x: 0, y: 0 } : spiralPoint(placedBefore + members.length / 2, SPACING * 1.5);
    members.forEach((id, i) => {
      const point = spiralPoint(i, SPACING);
      placement.set(id, { x: centre.x + point.x, y: centre.y + point.y });
    });
    placedBefore += members.length;
  });
  return placement;
}
