// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { personFixture } from '../../shared/domain/person-fixture';
import { writeDerivedState } from '../data/local-state';
import { derivedDataIsCurrent } from '../data/rebuild-derived';
import { HallwayDatabase } from '../db/database';
import { migrations } from '../db/migrations';
import { openDatabase } from '../db/open-database';
import { LANGUAGE_SETTING_KEY } from '../i18n/language-preference';
import { createWebPlatform } from '../platform/web';
import { bootApp, classifyBootError, type BootProgress } from './boot';

const opened: HallwayDatabase[] = [];

const shown: BootProgress[] = [];

function environment(
  search: string,
  open = (onUpgrade: () => void) => openDatabase(`boot-${crypto.randomUUID()}`, onUpgrade),
) {
  window.history.replaceState(null, '', `/${search}`);
  delete window.__hallway;
  return {
    window,
    createPlatform: createWebPlatform,
    openDatabase: async (onUpgrade: () => void) => {
      const db = await open(onUpgrade);
      opened.push(db);
      return db;
    },
    showProgress: (progress: BootProgress) => shown.push(progress),
  };
}

afterEach(async () => {
  shown.length = 0;
  delete window.__hallway;
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('bootApp', () => {
  it('opens the database and is ready, with the system language on <html lang>', async () => {
    const result = await bootApp(environment(''));

    expect(result.state).toBe('ready');
    if (result.state !== 'ready') return;
    expect(result.db.isOpen()).toBe(true);
    expect(result.platform.kind).toBe('web');
    expect(result.i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('says so while another window holds the database at an older version', async () => {
    const name = `boot-${crypto.randomUUID()}`;
    const holder = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
    });
    const booting = bootApp(environment('', (onUpgrade) => openDatabase(name, onUpgrade)));
    await expect
      .poll(() => shown.map((progress) => progress.message))
      .toContain('Waiting for another Hallway window…');
    expect(shown.find((progress) => progress.message.startsWith('Waiting'))?.hint).toBe(
      'Close Hallway in the other window or tab; this one carries on by itself.',
    );
    holder.close();
    expect((await booting).state).toBe('ready');
  });

  it('uses the language stored in Settings', async () => {
    const name = `boot-${crypto.randomUUID()}`;
    const before = await openDatabase(name);
    await before.settings.put({ key: LANGUAGE_SETTING_KEY, value: 'ja', updatedAt: 1 });
    before.close();

    const result = await bootApp(environment('', () => openDatabase(name)));

    expect(result.i18n.language).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
  });

  it('says the data is being updated while an older database is upgraded, and not for a new one', async () => {
    const name = `boot-${crypto.randomUUID()}`;
    const older = new HallwayDatabase(name, migrations.slice(0, 10));
    await older.open();
    older.close();
    await bootApp(environment('', (onUpgrade) => openDatabase(name, onUpgrade)));
    // Nothing stored, so nothing to count: the bar stays indeterminate.
    expect(shown).toEqual([
      {
        message: 'Updating your data…',
        hint: 'With many people this can take a minute. Please keep this window open.',
      },
    ]);

    shown.length = 0;
    const fresh = await bootApp(environment(''));
    expect(fresh.state).toBe('ready');
    expect(shown).toEqual([]);
  });

  /** A database whose derived data is of an older format, with people whose keys are stale. */
  async function staleDatabase(people: number, language?: 'ja') {
    const name = `boot-${crypto.randomUUID()}`;
    const before = await openDatabase(name);
    await before.people.bulkPut(
      Array.from({ length: people }, (_, index) =>
        personFixture({ id: `p${index}`, displayName: `Émile ${index}`, sortName: 'stale' }),
      ),
    );
    if (language)
      await before.settings.put({ key: LANGUAGE_SETTING_KEY, value: language, updatedAt: 1 });
    await writeDerivedState(before, { format: 0, stale: false });
    before.close();
    return name;
  }

  it('rebuilds derived data of another format before it is ready, showing rows done of rows in all', async () => {
    const name = await staleDatabase(200);

    const result = await bootApp(environment('', () => openDatabase(name)));

    expect(result.state).toBe('ready');
    if (result.state !== 'ready') return;
    expect(shown.length).toBeGreaterThan(2);
    const dones = shown.map((progress) => progress.rows?.done ?? -1);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(shown.every((progress) => progress.message === 'Updating your data…')).toBe(true);
    expect(shown.at(-1)?.rows).toMatchObject({ done: shown.at(-1)?.rows?.total });
    expect(shown.at(-1)?.rows?.text).toMatch(/^[\d,]+ of [\d,]+ \(100%\)$/);
    expect(shown.some((progress) => /\((\d|[1-9]\d)%\)$/.test(progress.rows?.text ?? ''))).toBe(
      true,
    );
    expect(await derivedDataIsCurrent(result.db)).toBe(true);
    const person = await result.db.people.get('p7');
    expect(person?.sortName).toMatch(/^emile 7/);
    expect(person?.nameKeys).not.toEqual([]);
  });

  it('shows the rebuild in the language stored in Settings', async () => {
    const name = await staleDatabase(10, 'ja');

    await bootApp(environment('', () => openDatabase(name)));

    expect(shown.at(-1)).toMatchObject({
      message: 'データを更新しています…',
      rows: { text: expect.stringMatching(/^\d+ \/ \d+（100%）$/) },
    });
  });

  it('exposes the test hook only when opened with e2e=1', async () => {
    await bootApp(environment(''));
    expect('__hallway' in window).toBe(false);

    await bootApp(environment('?e2e=0'));
    expect('__hallway' in window).toBe(false);

    const result = await bootApp(environment('?e2e=1'));
    expect(result.state === 'ready' && window.__hallway?.db).toBe(
      result.state === 'ready' && result.db,
    );
    expect(typeof window.__hallway?.seed).toBe('function');
  });

  it('backs up before opening (and so before any upgrade), saying so while it writes', async () => {
    const steps: string[] = [];
    const base = environment('', async (onUpgrade) => {
      steps.push('open');
      return openDatabase(`boot-${crypto.randomUUID()}`, onUpgrade);
    });

    const result = await bootApp({
      ...base,
      backUpBeforeUpgrade: async (platform, onBackingUp) => {
        steps.push(`backup on ${platform.kind}`);
        onBackingUp();
      },
      removeLeftovers: async () => steps.push('leftovers'),
    });

    expect(result.state).toBe('ready');
    expect(steps).toEqual(['backup on web', 'open', 'leftovers']);
    expect(shown[0]?.message).toBe('Saving a backup of your data before updating it…');
  });

  it('does not open (nor upgrade) the database when the backup before the upgrade fails', async () => {
    const open = vi.fn((onUpgrade: () => void) =>
      openDatabase(`boot-${crypto.randomUUID()}`, onUpgrade),
    );
    const diskFull = new Error('ENOSPC: no space left on device');

    const result = await bootApp({
      ...environment('', open),
      backUpBeforeUpgrade: () => Promise.reject(diskFull),
    });

    expect(result).toMatchObject({ state: 'error', failure: 'upgrade-backup', error: diskFull });
    expect(result.state === 'error' && result.platform.kind).toBe('web');
    expect(open).not.toHaveBeenCalled();
  });

  it('turns a database that cannot open into an error result, translated for the system', async () => {
    const missing = Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' });

    const result = await bootApp(environment('?e2e=1', () => Promise.reject(missing)));

    expect(result).toMatchObject({ state: 'error', failure: 'unavailable', error: missing });
    expect(result.i18n.t('boot.errorTitle')).toBe('Hallway could not open your data');
    expect('__hallway' in window).toBe(false);
  });
});

describe('classifyBootError', () => {
  it('recognises Dexie errors by name, also when wrapped', () => {
    expect(classifyBootError(Object.assign(new Error('x'), { name: 'VersionError' }))).toBe(
      'newer-version',
    );
    const wrapped = Object.assign(new Error('open failed'), {
      name: 'OpenFailedError',
      inner: { name: 'VersionError' },
    });
    expect(classifyBootError(wrapped)).toBe('newer-version');
    expect(classifyBootError(Object.assign(new Error('x'), { name: 'MissingAPIError' }))).toBe(
      'unavailable',
    );
    expect(classifyBootError(new Error('something else'))).toBe('generic');
    expect(classifyBootError('a string')).toBe('generic');
  });
});
