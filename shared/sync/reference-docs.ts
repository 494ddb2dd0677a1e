import { z } from 'zod';

/**
 * Hub-authored reference data as replicated documents. Bodies are validated with the
 * catalog / calendar schemas when the hub imports them and when a terminal loads them;
 * here they stay opaque so the wire contract does not depend on their versions.
 */
export const catalogEntrySchema = z.object({
  /** `${version}:${kind}:${code}` */
  id: z.string().min(1).max(160),
  version: z.string().min(1).max(40),
  kind: z.enum(['manifest', 'matter', 'bundle']),
  code: z.string().min(1).max(80),
  body: z.record(z.string(), z.unknown()),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const calendarDocSchema = z.object({
  id: z.string().min(1).max(60),
  version: z.string().min(1).max(40),
  body: z.record(z.string(), z.unknown()),
});
export type CalendarDoc = z.infer<typeof calendarDocSchema>;
