// The request bodies of the sync server's HTTP API, checked before anything acts on them.
import { z } from 'zod';
import { ROLES } from '../auth/grants';

const code = z.string().trim().min(8).max(16);
const deviceName = z.string().trim().min(1).max(80);

export const pairDeviceBody = z.object({ code, deviceName });
export const createSpaceBody = z.object({ series: z.string().trim().min(1).max(200).optional() });
export const createInviteBody = z.object({ role: z.enum(ROLES) });
export const redeemInviteBody = z.object({ code, deviceName: deviceName.optional() });
