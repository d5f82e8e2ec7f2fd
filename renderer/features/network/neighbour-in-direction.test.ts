import { describe, expect, it } from 'vitest';
import { neighbourInDirection } from './neighbour-in-direction';

const centre = { x: 100, y: 100 };
const around = [
  { id: 'right', x: 160, y: 110 },
  { id: 'left', x: 40, y: 95 },
  { id: 'above', x: 105, y: 30 },
  { id: 'below', x: 90, y: 170 },
];

describe('neighbourInDirection', () => {
  it('picks the neighbour that lies in the arrow’s direction on screen (y grows downwards)', () => {
    expect(neighbourInDirection(centre, around, 'ArrowRight')).toBe('right');
    expect(neighbourInDirection(centre, around, 'ArrowLeft')).toBe('left');
    expect(neighbourInDirection(centre, around, 'ArrowUp')).toBe('above');
    expect(neighbourInDirection(centre, around, 'ArrowDown')).toBe('below');
  });

  it('prefers one straight ahead to a nearer one far off the line', () => {
    const candidates = [
      { id: 'near-but-steep', x: 130, y: 60 },
      { id: 'far-but-straight', x: 200, y: 102 },
    ];
    expect(neighbourInDirection(centre, candidates, 'ArrowRight')).toBe('far-but-straight');
  });

  it('prefers the nearer of two on the same line', () => {
    const candidates = [
      { id: 'far', x: 300, y: 100 },
      { id: 'near', x: 150, y: 100 },
    ];
    expect(neighbourInDirection(centre, candidates, 'ArrowRight')).toBe('near');
  });

  it('stays put when no neighbour lies that way', () => {
    expect(neighbourInDirection(centre, [{ id: 'left', x: 10, y: 100 }], 'ArrowRight')).toBeNull();
    expect(neighbourInDirection(centre, [], 'ArrowUp')).toBeNull();
  });
});
