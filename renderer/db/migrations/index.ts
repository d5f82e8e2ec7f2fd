// Every schema version, oldest first. Add a file per version; never edit a released one.
import type { Migration } from './migration';
import { v001Initial } from './v001-initial';

export const migrations: readonly Migration[] = [v001Initial];
