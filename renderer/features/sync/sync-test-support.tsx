// Test support for Settings → Sync and the header status: a fake API client whose calls a test
// can stub and inspect, and the section and status chip rendered with their providers (router,
// database, platform, i18n, the fake client).
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi, type Mock } from 'vitest';
import type { Platform } from '../../../shared/platform/platform';
import { DatabaseContext } from '../../app/database-context';
import { PlatformContext } from '../../app/platform-context';
import type { HallwayDatabase } from '../../db/database';
import { createI18n } from '../../i18n/create-i18n';
import { createWebPlatform } from '../../platform/web';
import type { SyncApiClient, SyncGrantAnswer } from '../../sync/sync-api-client';
import type { SyncConfig } from '../../sync/sync-config';
import { SyncApiContext } from './sync-api-context';
import { SyncSection } from './sync-section';
import { SyncStatusChip } from './sync-status-chip';

export const PERSONAL = '11111111-1111-4111-8111-111111111111';
export const BOOK_CLUB = '22222222-2222-4222-8222-222222222222';

export const PAIRED: SyncConfig = {
  enabled: true,
  serverUrl: 'ws://localhost:1234',
  deviceId: 'laptop',
  deviceName: 'Laptop',
  userId: 'owner',
  token: 'token-1',
  spaces: [
    { spaceId: PERSONAL, role: 'organizer', kind: 'personal', series: null },
    { spaceId: BOOK_CLUB, role: 'organizer', kind: 'shared', series: 'Book club' },
  ],
};

export function grantAnswer(overrides: Partial<SyncGrantAnswer> = {}): SyncGrantAnswer {
  return {
    token: 'token-2',
    deviceId: 'laptop',
    userId: 'owner',
    personalSpaceId: PERSONAL,
    spaces: PAIRED.spaces,
    ...overrides,
  };
}

export type FakeSyncApi = { [K in keyof SyncApiClient]: Mock<SyncApiClient[K]> };

export function fakeSyncApi(): FakeSyncApi {
  const never = (name: string) => async () => {
    throw new Error(`unexpected call ${name}`);
  };
  return {
    pair: vi.fn(never('pair')),
    issuePairingCode: vi.fn(async () => ({ code: 'ABCD-EFGH', expiresAt: Date.now() + 600_000 })),
    listDevices: vi.fn(async () => [
      { deviceId: 'laptop', name: 'Laptop', pairedAt: Date.now(), revoked: false },
      { deviceId: 'desktop', name: 'Desktop', pairedAt: Date.now(), revoked: false },
    ]),
    revokeDevice: vi.fn(async () => {}),
    listSpaces: vi.fn(async () => PAIRED.spaces),
    createSpace: vi.fn(never('createSpace')),
    createInvite: vi.fn(async () => ({
      code: 'JKMN-PQRS',
      expiresAt: Date.now() + 7 * 86_400_000,
    })),
    redeemInvite: vi.fn(never('redeemInvite')),
    leaveSpace: vi.fn(never('leaveSpace')),
    listMembers: vi.fn(async () => [
      { userId: 'owner', role: 'organizer' as const, deviceNames: ['Laptop', 'Desktop'] },
      { userId: 'aiko', role: 'viewer' as const, deviceNames: ["Aiko's phone"] },
    ]),
    removeMember: vi.fn(async () => {}),
    refreshToken: vi.fn(async () => grantAnswer({ token: 'token-1' })),
  };
}

export interface RenderedSync {
  api: FakeSyncApi;
  origins: string[];
  allowSyncOrigin: Mock<(serverUrl: string | null) => Promise<void>>;
}

/** Settings (the Sync section) at /settings and the header status everywhere, at `path`. */
export function renderSync(
  db: HallwayDatabase,
  { path = '/settings', api = fakeSyncApi(), language = 'en' as 'en' | 'ja' } = {},
): RenderedSync {
  const origins: string[] = [];
  const allowSyncOrigin = vi.fn(async (_serverUrl: string | null) => {});
  const platform: Platform = { ...createWebPlatform(), allowSyncOrigin };
  const router = createMemoryRouter(
    [
      { path: '/', element: <SyncStatusChip /> },
      {
        path: '/settings',
        element: (
          <>
            <SyncStatusChip />
            <SyncSection />
          </>
        ),
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <DatabaseContext.Provider value={db}>
        <PlatformContext.Provider value={platform}>
          <SyncApiContext.Provider
            value={(origin) => {
              origins.push(origin);
              return api;
            }}
          >
            <RouterProvider router={router} />
          </SyncApiContext.Provider>
        </PlatformContext.Provider>
      </DatabaseContext.Provider>
    </I18nextProvider>,
  );
  return { api, origins, allowSyncOrigin };
}
