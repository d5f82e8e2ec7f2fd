// The main window's size and position, remembered between runs in userData/window-state.json.
// The file is validated with zod and anything unreadable (missing, corrupt, hand-edited) falls
// back to the defaults. A saved position is dropped when it would put the window off every
// current display (a monitor was unplugged), and the size is shrunk to fit the largest one.
import { z } from 'zod';

const MIN_WIDTH = 640;
const MIN_HEIGHT = 480;
/** How much of the window must stay on a display for its position to be kept. */
const MIN_VISIBLE = { width: 120, height: 60 };

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WIDTH).max(100_000),
  height: z.number().int().min(MIN_HEIGHT).max(100_000),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

export interface WindowStateFs {
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string): void;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

export function fitWindowStateToDisplays(
  state: WindowState,
  workAreas: readonly Rectangle[],
): WindowState {
  if (workAreas.length === 0) return state;
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  const width = Math.max(MIN_WIDTH, Math.min(state.width, largest.width));
  const height = Math.max(MIN_HEIGHT, Math.min(state.height, largest.height));
  const { x, y } = state;
  if (x === undefined || y === undefined) return { width, height, maximized: state.maximized };

  const bounds = { x, y, width, height };
  const visible = workAreas.some((area) => {
    const shared = overlap(bounds, area);
    return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
  });
  return visible
    ? { x, y, width, height, maximized: state.maximized }
    : { width, height, maximized: state.maximized };
}

export function loadWindowState(
  fs: Pick<WindowStateFs, 'readFileSync'>,
  filePath: string,
  workAreas: readonly Rectangle[],
): WindowState {
  let saved: WindowState = DEFAULT_WINDOW_STATE;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(fs.readFileSync(filePath, 'utf8')));
    if (parsed.success) saved = parsed.data;
  } catch {
    // Missing or unreadable JSON: a first run, or a file damaged outside the app.
  }
  return fitWindowStateToDisplays(saved, workAreas);
}

export function saveWindowState(
  fs: Pick<WindowStateFs, 'writeFileSync'>,
  filePath: string,
  bounds: Rectangle,
  maximized: boolean,
): void {
  const state: WindowState = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(MIN_WIDTH, Math.round(bounds.width)),
    height: Math.max(MIN_HEIGHT, Math.round(bounds.height)),
    maximized,
  };
  fs.writeFileSync(filePath, `${JSON.stringify(state, null, 2)}\n`);
}
