// Keyboard moves on the map: an arrow key goes from the selected person to the neighbour that lies
// most nearly in the arrow's direction on screen, nearer ones first. Positions are viewport
// coordinates (y grows downwards), so "up" is what the user sees as up.
export type ArrowDirection = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface ScreenPoint {
  x: number;
  y: number;
}

const VECTORS: Record<ArrowDirection, ScreenPoint> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

/** How much a step off the arrow's line costs against distance: 0 on the line, 3 at 90°. */
const ANGLE_PENALTY = 3;

export function isArrowDirection(key: string): key is ArrowDirection {
  return key in VECTORS;
}

/**
 * The candidate in the arrow's half-plane with the lowest distance × (1 + penalty × (1 − cos θ)),
 * or null when none lies that way. Ties go to the smaller id, so the choice never flickers.
 */
export function neighbourInDirection(
  from: ScreenPoint,
  candidates: readonly (ScreenPoint & { id: string })[],
  direction: ArrowDirection,
): string | null {
  const vector = VECTORS[direction];
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cos = (dx * vector.x + dy * vector.y) / distance;
    if (cos <= 0) continue;
    const score = distance * (1 + ANGLE_PENALTY * (1 - cos));
    if (!best || score < best.score || (score === best.score && candidate.id < best.id)) {
      best = { id: candidate.id, score };
    }
  }
  return best?.id ?? null;
}
