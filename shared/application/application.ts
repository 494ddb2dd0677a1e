import { z } from 'zod';

/**
 * An application (申请) as the terminal records it: one per matter applied for.
 * The intake facts are immutable once saved; corrections are new case events,
 * never edits (ARCHITECTURE.md §2), which is why applications cannot conflict.
 *
 * This is the walking-skeleton shape; later issues add the checklist, decision,
 * delivery and promised date as further optional fields (schema version bump).
 */
export const APPLICATION_SCHEMA_VERSION = 0;

const idPattern = /^[A-Za-z0-9_-]{8,64}$/;

export const applicantSchema = z.object({
  kind: z.literal('person'),
  name: z.string().trim().min(1, '请填写申请人姓名').max(64, '姓名过长'),
  /** Normalised 18-character resident ID; validated by shared/identity before it gets here. */
  residentId: z.string().regex(/^\d{17}[\dX]$/, '身份证号码格式不正确'),
});

export const matterRefSchema = z.object({
  code: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1, '请选择办理事项').max(200),
});

/** Stamp the hub adds to terminal-authored documents it has committed; pulled back down, it is the durable acknowledgement. */
export const hubReceiptSchema = z.object({
  seq: z.number().int().nonnegative(),
  receivedAt: z.string().datetime({ offset: true }),
});

export const applicationSchema = z.object({
  id: z.string().regex(idPattern),
  hallId: z.string().min(1).max(64),
  terminalId: z.string().min(1).max(64),
  applicant: applicantSchema,
  matter: matterRefSchema,
  /** Terminal clock at save time (may be wrong; ordering uses the hub's sequence). */
  createdAt: z.string().datetime({ offset: true }),
  /** Ascending key that sorts newest first: indexed "latest N" lists must not sort descending (pitfalls.md). */
  listKey: z.string().min(1).max(40),
  hubReceipt: hubReceiptSchema.optional(),
});

export type Applicant = z.infer<typeof applicantSchema>;
export type MatterRef = z.infer<typeof matterRefSchema>;
export type HubReceipt = z.infer<typeof hubReceiptSchema>;
export type Application = z.infer<typeof applicationSchema>;

/** Largest millisecond timestamp we will ever sort (year 2286); listKey = (MAX - t) zero-padded. */
const LIST_KEY_MAX = 9_999_999_999_999;

/** Newest-first ascending key: later `createdAt` gives a smaller key; the id breaks ties. */
export function listKeyFor(createdAtMs: number, id: string): string {
  const inverted = LIST_KEY_MAX - Math.max(0, Math.min(LIST_KEY_MAX, Math.floor(createdAtMs)));
  return `${String(inverted).padStart(13, '0')}-${id.slice(0, 26)}`;
}
