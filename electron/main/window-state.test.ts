import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitWindowStateToDisplays,
  loadWindowState,
  saveWindowState,
} from './window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const external = { x: 1920, y: 0, width: 2560, height: 1400 };

function memoryFs(initial?: string) {
  const files = new Map<string, string>();
  if (initial !== undefined) files.set('/data/window-state.json', initial);
  return {
    files,
    readFileSync(path: string) {
      const text = files.get(path);
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    writeFileSync(path: string, data: string) {
      files.set(path, data);
    },
  };
}

describe('window state', () => {
  it('restores what was saved', () => {
    const fs = memoryFs();
    saveWindowState(
      fs,
      '/data/window-state.json',
      { x: 100, y: 80, width: 1400, height: 900 },
      true,
    );
    expect(loadWindowState(fs, '/data/window-state.json', [laptop])).toEqual({
      x: 100,
      y: 80,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('uses the defaults on a first run', () => {
    expect(loadWindowState(memoryFs(), '/data/window-state.json', [laptop])).toEqual(
      DEFAULT_WINDOW_STATE,
    );
  });

  it.each([
    ['corrupt JSON', '{"x": 10, "wid'],
    ['wrong types', '{"x":"10","y":0,"width":"big","height":900,"maximized":false}'],
    ['an absurd size', '{"width":10,"height":10,"maximized":false}'],
    ['not an object', '[1,2,3]'],
  ])('falls back to the defaults on %s', (_label, text) => {
    expect(loadWindowState(memoryFs(text), '/data/window-state.json', [laptop])).toEqual(
      DEFAULT_WINDOW_STATE,
    );
  });

  it('keeps a position on a second display while it is connected', () => {
    const state = { x: 2200, y: 100, width: 1600, height: 1000, maximized: false };
    expect(fitWindowStateToDisplays(state, [laptop, external])).toEqual(state);
  });

  it('drops a position left on a display that is gone, and shrinks to fit', () => {
    const state = { x: 2200, y: 100, width: 2400, height: 1300, maximized: false };
    expect(fitWindowStateToDisplays(state, [laptop])).toEqual({
      width: 1920,
      height: 1050,
      maximized: false,
    });
  });

  it('drops a position where only a sliver of the window would show', () => {
    const state = { x: 1880, y: 500, width: 1000, height: 700, maximized: false };
    expect(fitWindowStateToDisplays(state, [laptop])).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
});
