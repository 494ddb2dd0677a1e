import { z } from 'zod';

/** Staff accounts, distributed by the hub so sign-in works offline (hashed secrets only). */
export const userSchema = z.object({
  id: z.string().min(1).max(64),
  hallId: z.string().min(1).max(64),
  staffNo: z.string().min(1).max(32),
  displayName: z.string().min(1).max(64),
  role: z.enum(['clerk', 'supervisor']),
  /** PHC string of a slow hash (scrypt), never a plain password. */
  passwordHash: z.string().min(20).max(400),
  disabled: z.boolean(),
  updatedAt: z.string().datetime({ offset: true }),
});
export type User = z.infer<typeof userSchema>;
