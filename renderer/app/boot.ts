// Start-up: open the database (running schema changes), pick the UI language (the stored choice,
// or the system's), bring the derived data up to date, choose the platform, and install the test
// hook when started for tests. Derived data is versioned, not migrated (docs/architecture.md):
// when the stored derived format differs from the code's, or a bulk write stopped before its
// rebuild, ensureDerivedCurrent rebuilds it from the sources before anything reads it, and the
// window shows a progress bar meanwhile; otherwise start-up reads no large table. A failure
// becomes a readable, translated reason (see boot-error-screen.tsx) instead of a blank window.
// On the desktop, a database about to be upgraded is first backed up as it is (the environment's
// backUpBeforeUpgrade); when that backup cannot be saved the upgrade does not run either.
import type { i18n as I18n } from 'i18next';
import type { Platform } from '../../shared/platform/platform';
import { ensureDerivedCurrent } from '../data/rebuild-derived';
import type { HallwayDatabase } from '../db/database';
import { createI18n, syncDocumentLanguage } from '../i18n/create-i18n';
import { loadLanguageResources } from '../i18n/resources';
import { useOtherWindowsStore } from '../db/other-windows';
import { readLanguagePreference } from '../i18n/language-preference';
import { languageFromSystem, resolveLanguage, type LanguagePreference } from '../i18n/languages';
import { findDesktopBridge } from '../platform/desktop-bridge';
import { installTestHook, isStartedForTests } from './test-hook';

export type BootFailure = 'newer-version' | 'unavailable' | 'upgrade-backup' | 'generic';

export type BootResult =
  | { state: 'ready'; db: HallwayDatabase; platform: Platform; i18n: I18n }
  | { state: 'error'; failure: BootFailure; error: unknown; i18n: I18n; platform: Platform };

/** What start-up shows while the app cannot render yet. */
export interface BootProgress {
  /** "Updating your data…" */
  message: string;
  /** What to expect: it may take a while, keep the window open. */
  hint: string;
  /** Rows done of rows in all, once known, with their words ("1,200 of 5,000 (24%)"). */
  rows?: { done: number; total: number; text: string };
}

export interface BootEnvironment {
  window: Window;
  /** `onUpgrade` is called when an older database starts being upgraded. */
  openDatabase(onUpgrade: () => void): Promise<HallwayDatabase>;
  createPlatform(): Platform;
  /**
   * Saves a 'before-upgrade' backup when the stored database is older than the app's schema
   * (features/backup/back-up-before-upgrade); `onBackingUp` when it starts writing one.
   */
  backUpBeforeUpgrade?(platform: Platform, onBackingUp: () => void): Promise<unknown>;
  /** Removes what an interrupted restore left behind (db/restore-scratch-databases). */
  removeLeftovers?(): Promise<unknown>;
  /** Shows what start-up is doing: the schema upgrade, then the rebuild of derived data. */
  showProgress(progress: BootProgress): void;
}

/** Dexie reports its own errors by name, sometimes wrapped (OpenFailedError around the cause). */
export function classifyBootError(error: unknown): BootFailure {
  const names: string[] = [];
  for (let current: unknown = error; current instanceof Object;) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  if (names.includes('VersionError')) return 'newer-version';
  if (names.includes('MissingAPIError') || names.includes('SecurityError')) return 'unavailable';
  return 'generic';
}

/** The progress of updating the data, in `i18n`'s language; `rows` once their number is known. */
function updatingProgress(i18n: I18n, rows?: { done: number; total: number }): BootProgress {
  const progress = { message: i18n.t('app:boot.updating'), hint: i18n.t('app:boot.keepOpen') };
  if (!rows) return progress;
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const text = i18n.t('app:boot.rowsDone', {
    done: number.format(rows.done),
    total: number.format(rows.total),
    percent: percent.format(Math.floor((rows.done * 100) / rows.total) / 100),
  });
  return { ...progress, rows: { ...rows, text } };
}

/** Another window holds the database at an older version; the open waits until it lets go. */
function blockedProgress(systemLanguages: readonly string[]): BootProgress {
  const i18n = createI18n(languageFromSystem(systemLanguages));
  return {
    message: i18n.t('app:boot.waitingForOtherWindow'),
    hint: i18n.t('app:boot.waitingForOtherWindowHint'),
  };
}

/** "Saving a backup before updating your data…" */
function savingBeforeUpgradeProgress(i18n: I18n): BootProgress {
  return {
    message: i18n.t('backup:bootRecovery.savingBeforeUpgrade'),
    hint: i18n.t('app:boot.keepOpen'),
  };
}

export async function bootApp(environment: BootEnvironment): Promise<BootResult> {
  const { window: target } = environment;
  const systemLanguages = target.navigator.languages;
  const platform = environment.createPlatform();
  // Japanese loads on demand (i18n/resources): the system's language before anything shows text.
  await loadLanguageResources(languageFromSystem(systemLanguages)).catch(() => undefined);
  let db: HallwayDatabase;
  let preference: LanguagePreference;
  // Before the database is open, the stored language is unknown: the system's it is.
  const systemI18n = () => createI18n(languageFromSystem(systemLanguages));
  const failed = (failure: BootFailure, error: unknown): BootResult => {
    const i18n = systemI18n();
    syncDocumentLanguage(i18n, target.document.documentElement);
    return { state: 'error', failure, error, i18n, platform };
  };
  try {
    await environment.backUpBeforeUpgrade?.(platform, () =>
      environment.showProgress(savingBeforeUpgradeProgress(systemI18n())),
    );
  } catch (error) {
    return failed('upgrade-backup', error);
  }
  // While another window holds an older version open, the open waits: say so (other-windows).
  const stopBlockedNotice = useOtherWindowsStore.subscribe(({ state }) => {
    if (state === 'blocked') environment.showProgress(blockedProgress(systemLanguages));
  });
  try {
    db = await environment.openDatabase(() =>
      environment.showProgress(updatingProgress(systemI18n())),
    );
    preference = await readLanguagePreference(db);
  } catch (error) {
    return failed(classifyBootError(error), error);
  } finally {
    stopBlockedNotice();
  }
  await environment.removeLeftovers?.().catch(() => undefined);
  const language = resolveLanguage(preference, systemLanguages);
  await loadLanguageResources(language).catch(() => undefined);
  const i18n = createI18n(language);
  syncDocumentLanguage(i18n, target.document.documentElement);
  try {
    // A new (empty) database is "rebuilt" at once: nothing to show for it.
    await ensureDerivedCurrent(db, (done, total) => {
      if (total > 0) environment.showProgress(updatingProgress(i18n, { done, total }));
    });
  } catch (error) {
    db.close();
    return { state: 'error', failure: classifyBootError(error), error, i18n, platform };
  }
  if (isStartedForTests(target.location.search, findDesktopBridge(target))) {
    installTestHook(target, db);
  }
  return { state: 'ready', db, platform, i18n };
}
