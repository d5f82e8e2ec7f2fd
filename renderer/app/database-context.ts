// The opened database, provided once by the app root. Components reach it through useDatabase()
// (usually inside a feature hook wrapping useLiveQuery), never through a module-level singleton,
// so tests can render any screen against their own database.
import { createContext, useContext } from 'react';
import type { HallwayDatabase } from '../db/database';

export const DatabaseContext = createContext<HallwayDatabase | null>(null);

export function useDatabase(): HallwayDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() needs the app root’s DatabaseContext provider.');
  return db;
}
