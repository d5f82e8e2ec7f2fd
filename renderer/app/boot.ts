// Start-up: open the database (running migrations), pick the UI language (the stored choice, or
// the system's), choose the platform, and install the test hook when started for tests. Nothing
// here reads people or other large tables: start-up stays fast at 50,000 people. A failure
// becomes a readable, translated reason (see boot-error-screen.tsx) instead of a blank window.
import type { i18n as I18n } from 'i18next';
import type { Platform } from '../../shared/platform/platform';
import type { HallwayDatabase } from '../db/database';
import { createI18n, syncDocumentLanguage } from '../i18n/create-i18n';
import { readLanguagePreference } from '../i18n/language-preference';
import { languageFromSystem, resolveLanguage, type LanguagePreference } from '../i18n/languages';
import { findDesktopBridge } from '../platform/desktop-bridge';
import { installTestHook, isStartedForTests } from './test-hook';

export type BootFailure = 'newer-version' | 'unavailable' | 'generic';

export type BootResult =
  | { state: 'ready'; db: HallwayDatabase; platform: Platform; i18n: I18n }
  | { state: 'error'; failure: BootFailure; error: unknown; i18n: I18n };

export interface BootEnvironment {
  window: Window;
  /** `onUpgrade` is called when the data of an older version starts being upgraded. */
  openDatabase(onUpgrade: () => void): Promise<HallwayDatabase>;
  createPlatform(): Platform;
  /** Shows a message while the app cannot render yet (the upgrade, in the system's language). */
  showProgress(message: string): void;
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

export async function bootApp(environment: BootEnvironment): Promise<BootResult> {
  const { window: target } = environment;
  const systemLanguages = target.navigator.languages;
  let db: HallwayDatabase;
  let preference: LanguagePreference;
  try {
    let told = false;
    db = await environment.openDatabase(() => {
      if (told) return;
      told = true;
      environment.showProgress(
        createI18n(languageFromSystem(systemLanguages)).t('app:boot.upgrading'),
      );
    });
    preference = await readLanguagePreference(db);
  } catch (error) {
    const i18n = createI18n(languageFromSystem(systemLanguages));
    syncDocumentLanguage(i18n, target.document.documentElement);
    return { state: 'error', failure: classifyBootError(error), error, i18n };
  }
  const i18n = createI18n(resolveLanguage(preference, systemLanguages));
  syncDocumentLanguage(i18n, target.document.documentElement);
  if (isStartedForTests(target.location.search, findDesktopBridge(target))) {
    installTestHook(target, db);
  }
  return { state: 'ready', db, platform: environment.createPlatform(), i18n };
}
