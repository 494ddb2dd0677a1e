import { z } from 'zod';

/**
 * Pull checkpoint: the hub's own ordering, never a terminal clock.
 * `tx` is the PostgreSQL transaction id (xid8) that wrote the row, `seq` a hub
 * sequence. The hub only serves rows whose transaction is older than every
 * transaction still running, so a checkpoint never skips a row that commits late.
 */
export const checkpointSchema = z.object({
  tx: z.string().regex(/^\d{1,20}$/),
  seq: z.number().int().nonnegative(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** Opaque text form used in the pull URL: "<tx>.<seq>". */
export function encodeCheckpoint(c: Checkpoint): string {
  return `${c.tx}.${c.seq}`;
}

export function decodeCheckpoint(text: string): Checkpoint | undefined {
  const m = /^(\d{1,20})\.(\d{1,18})$/.exec(text);
  if (!m) return undefined;
  const parsed = checkpointSchema.safeParse({ tx: m[1], seq: Number(m[2]) });
  return parsed.success && Number.isSafeInteger(parsed.data.seq) ? parsed.data : undefined;
}
