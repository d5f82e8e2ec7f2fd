// The renderer's entry point: boot, then render the app (or the boot error) and announce the
// outcome on #root as data-app-state, which end-to-end tests and benchmarks wait for.
import { createRoot } from 'react-dom/client';
import { AppRoot } from './app/app-root';
import { appRoutes, preloadScreen } from './app/routes';
import { bootApp } from './app/boot';
import { showBootProgress } from './app/boot-progress-view';
import { CURRENT_SCHEMA_VERSION, DEFAULT_DATABASE_NAME } from './db/database';
import { openDatabase } from './db/open-database';
import { removeLeftoverRestoreDatabases } from './db/restore-scratch-databases';
import { backUpBeforeUpgrade } from './features/backup/back-up-before-upgrade';
import { createPlatform } from './platform';
import './styles/base.css';
import './styles/screens.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element.');

// The first screen's code loads while the database opens.
preloadScreen(appRoutes, window.location.hash);

const result = await bootApp({
  window,
  openDatabase: (onUpgrade) => openDatabase(DEFAULT_DATABASE_NAME, onUpgrade),
  createPlatform,
  backUpBeforeUpgrade: (platform, onBackingUp) =>
    backUpBeforeUpgrade({
      databaseName: DEFAULT_DATABASE_NAME,
      appVersion: CURRENT_SCHEMA_VERSION,
      platform,
      onBackingUp,
    }),
  removeLeftovers: () => removeLeftoverRestoreDatabases(DEFAULT_DATABASE_NAME, Date.now()),
  // Before React renders: the schema upgrade and the rebuild of derived data, as plain DOM.
  showProgress: (progress) => showBootProgress(rootElement, progress),
});
rootElement.replaceChildren();
const root = createRoot(rootElement);

const announce = (state: 'ready' | 'error') => () => {
  rootElement.dataset.appState = state;
};

if (result.state === 'ready') {
  root.render(
    <AppRoot
      db={result.db}
      platform={result.platform}
      i18n={result.i18n}
      onReady={announce('ready')}
    />,
  );
} else {
  // Only a failed start needs the error screen (and its recovery: restore a backup, save the raw
  // data), so its code loads then (issue 15).
  const { BootErrorScreen } = await import('./app/boot-error-screen');
  root.render(
    <BootErrorScreen
      i18n={result.i18n}
      failure={result.failure}
      error={result.error}
      platform={result.platform}
      databaseName={DEFAULT_DATABASE_NAME}
      onShown={announce('error')}
    />,
  );
}
