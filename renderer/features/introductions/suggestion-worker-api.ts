// What the suggestion worker offers the page, shared by the worker and its comlink client.
import type { IntroductionSuggestion } from '../../../shared/suggestions/suggest-introductions';

export interface SuggestionWorkerApi {
  /** Opens the database and builds the profiles; later calls return the same promise. */
  start(databaseName: string): Promise<void>;
  /** The best introductions for one person, best first. */
  suggestFor(personId: string, limit: number): Promise<IntroductionSuggestion[]>;
  /** The best pairs across everyone (each person's best, one per pair), best first. */
  suggestTopPairs(limit: number): Promise<IntroductionSuggestion[]>;
}
