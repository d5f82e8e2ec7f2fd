// What a device may do in a space: organizers read and write, viewers only read (the server sets
// the connection read-only, so their updates are refused, never merged).
import { z } from 'zod';
import { SPACE_ID_PATTERN } from '../../../shared/sync/document-name';

export const ROLES = ['organizer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const grantSchema = z.object({
  spaceId: z.string().regex(SPACE_ID_PATTERN),
  role: z.enum(ROLES),
});
export type Grant = z.infer<typeof grantSchema>;

/** Adds or replaces the grant for its space (a later invitation can change the role). */
export function withGrant(grants: readonly Grant[], grant: Grant): Grant[] {
  return [...grants.filter((held) => held.spaceId !== grant.spaceId), grant];
}
