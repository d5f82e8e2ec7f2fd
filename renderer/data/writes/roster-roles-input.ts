// What the UI may send for volunteer roles: the organizer's list (stored in settings) and one
// event's needs (stored on the event), checked where the write service begins. Settings are read
// at start (settings-repository), so these use zod/mini, not the full zod (issue 15).
import * as z from 'zod/mini';

const roleText = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(100));
const needed = z.int().check(z.minimum(0), z.maximum(99));

export const roleDefinitionsSchema = z
  .array(z.object({ key: roleText(), label: roleText(), needed }))
  .check(
    z.maxLength(100),
    z.refine((roles) => new Set(roles.map((role) => role.key)).size === roles.length, {
      message: 'Two roles cannot share a key.',
    }),
  );

export const eventRoleNeedsSchema = z.array(z.object({ role: roleText(), needed })).check(
  z.maxLength(100),
  z.refine((needs) => new Set(needs.map((need) => need.role)).size === needs.length, {
    message: 'A role is listed once per event.',
  }),
);
