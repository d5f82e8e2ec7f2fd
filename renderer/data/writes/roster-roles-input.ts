// What the UI may send for volunteer roles: the organizer's list (stored in settings) and one
// event's needs (stored on the event), checked where the write service begins.
import { z } from 'zod';

const roleKey = z.string().trim().min(1).max(100);
const needed = z.number().int().min(0).max(99);

export const roleDefinitionsSchema = z
  .array(z.object({ key: roleKey, label: z.string().trim().min(1).max(100), needed }))
  .max(100)
  .refine((roles) => new Set(roles.map((role) => role.key)).size === roles.length, {
    message: 'Two roles cannot share a key.',
  });

export const eventRoleNeedsSchema = z
  .array(z.object({ role: roleKey, needed }))
  .max(100)
  .refine((needs) => new Set(needs.map((need) => need.role)).size === needs.length, {
    message: 'A role is listed once per event.',
  });
