import { z } from 'zod';

/**
 * Append-only audit trail of a terminal, hash-chained: each entry's `hash` covers its
 * content and the previous entry's hash, so a removed or edited entry breaks the chain.
 */
export const auditEntrySchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,80}$/),
  hallId: z.string().min(1).max(64),
  terminalId: z.string().min(1).max(64),
  seq: z.number().int().nonnegative(),
  at: z.string().datetime({ offset: true }),
  actor: z.string().max(64),
  action: z.string().min(1).max(64),
  /** What it concerns (case id, print job id…), never personal data. */
  subject: z.string().max(120),
  prevHash: z.string().regex(/^[0-9a-f]{64}$|^$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
