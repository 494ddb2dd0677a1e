import { z } from 'zod';
import { applicationSchema } from '../application/application';
import { auditEntrySchema } from '../audit/audit-entry';
import { caseEventSchema } from '../case/case-event';
import { materialRecordSchema } from '../materials/material-record';
import { userSchema } from '../users/user';
import { checkpointSchema } from './checkpoint';
import { calendarDocSchema, catalogEntrySchema } from './reference-docs';

/**
 * The terminal ⇄ hub wire contract (ARCHITECTURE.md §3). Both sides import these
 * schemas; neither writes a URL or a body shape by hand.
 */

/**
 * Which side writes a collection decides its direction and its conflicts
 * (ARCHITECTURE.md §2): terminal-written documents flow up, hub-written ones down,
 * append-only events both ways. `scope` says whether a document belongs to one hall
 * (and is only ever served to that hall) or to every hall.
 */
export const replicatedCollections = {
  applications: { schema: applicationSchema, writer: 'terminal', scope: 'hall' },
  case_events: { schema: caseEventSchema, writer: 'both', scope: 'hall' },
  materials: { schema: materialRecordSchema, writer: 'terminal', scope: 'hall' },
  audit: { schema: auditEntrySchema, writer: 'terminal', scope: 'hall' },
  users: { schema: userSchema, writer: 'hub', scope: 'hall' },
  catalog: { schema: catalogEntrySchema, writer: 'hub', scope: 'global' },
  calendar: { schema: calendarDocSchema, writer: 'hub', scope: 'global' },
} as const satisfies Record<string, { schema: z.ZodObject; writer: 'terminal' | 'hub' | 'both'; scope: 'hall' | 'global' }>;
export type CollectionName = keyof typeof replicatedCollections;
export const collectionNames = Object.keys(replicatedCollections) as CollectionName[];
export const isCollectionName = (name: string): name is CollectionName =>
  Object.prototype.hasOwnProperty.call(replicatedCollections, name);
export const terminalWrites = (c: CollectionName): boolean => replicatedCollections[c].writer !== 'hub';

export const limits = {
  /** Rows in one push; RxDB sends `batchSize` at a time. */
  maxPushRows: 200,
  maxPullLimit: 500,
  defaultPullLimit: 100,
  /** Serialized size of one document; scans travel separately as blobs. */
  maxDocumentBytes: 64 * 1024,
  // Room for a full batch of maximum-size documents (200 × 64 KiB).
  maxBodyBytes: 16 * 1024 * 1024,
} as const;

/** A document as replicated: the collection's fields plus RxDB's deletion flag. */
export const wireDocument = <T extends z.ZodObject>(schema: T) => schema.extend({ _deleted: z.boolean() });

export const pushRowSchema = <T extends z.ZodObject>(schema: T) =>
  z.object({
    assumedMasterState: wireDocument(schema).optional().nullable(),
    newDocumentState: wireDocument(schema),
  });

export const pushBodySchema = <T extends z.ZodObject>(schema: T) =>
  z.array(pushRowSchema(schema)).max(limits.maxPushRows);

export const pullQuerySchema = z.object({
  checkpoint: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(limits.maxPullLimit).default(limits.defaultPullLimit),
});

export const pullResponseSchema = <T extends z.ZodObject>(schema: T) =>
  z.object({
    documents: z.array(wireDocument(schema)),
    checkpoint: checkpointSchema.nullable(),
  });

export const enrolRequestSchema = z.object({
  code: z.string().trim().min(6).max(64),
  terminalName: z.string().trim().min(1).max(64),
});
export const enrolResponseSchema = z.object({
  terminalId: z.string(),
  hallId: z.string(),
  token: z.string(),
  tokenExpiresAt: z.string().datetime({ offset: true }),
});
export const renewResponseSchema = z.object({ token: z.string(), expiresAt: z.string() });
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

/** URL paths, relative to the hub's base URL. */
export const hubRoutes = {
  pull: (c: CollectionName) => `/v1/sync/${c}/pull`,
  push: (c: CollectionName) => `/v1/sync/${c}/push`,
  stream: () => '/v1/sync/stream',
  enrol: () => '/v1/terminals/enroll',
  renew: () => '/v1/terminals/renew',
  reconciliation: () => '/v1/reconciliation',
  health: () => '/health',
  metrics: () => '/metrics',
  adminEnrolmentCodes: () => '/v1/admin/enrolment-codes',
  adminRevoke: (terminalId: string) => `/v1/admin/terminals/${encodeURIComponent(terminalId)}/revoke`,
  adminCatalog: () => '/v1/admin/catalog',
  adminCalendar: () => '/v1/admin/calendar',
  adminUsers: () => '/v1/admin/users',
  backOfficeEvents: (caseId: string) => `/v1/backoffice/cases/${encodeURIComponent(caseId)}/events`,
} as const;

/** Server-sent events on the stream: a change hint per collection, or RESYNC after (re)connecting. */
export const streamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('change'), collection: z.string() }),
  z.object({ type: z.literal('resync') }),
]);
export type StreamEvent = z.infer<typeof streamEventSchema>;

export const reconciliationQuerySchema = z.object({
  terminal: z.string().min(1).max(64),
  /** China civil date, YYYY-MM-DD, of the documents' createdAt/at. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  collection: z.enum(['applications', 'case_events', 'materials', 'audit']).default('applications'),
});
export const reconciliationSchema = z.object({
  terminal: z.string(),
  day: z.string(),
  collection: z.string(),
  count: z.number().int().nonnegative(),
  /** SHA-256 (hex) over the sorted lines `<id> <sha256 of canonical JSON>` (see shared/sync/reconciliation.ts). */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

export const backOfficeEventRequestSchema = z.object({
  type: z.enum(['in_review', 'approved', 'denied', 'completed', 'ready_for_pickup', 'mailed']),
  note: z.string().trim().max(500).optional(),
  /** Department or back-office user reference; never citizen data. */
  actorRef: z.string().trim().min(1).max(64),
  /** Client-chosen id makes the call idempotent (a retried POST writes one event). */
  eventId: z.string().regex(/^[A-Za-z0-9_-]{8,80}$/),
});

export const enrolmentCodeRequestSchema = z.object({
  hallId: z.string().trim().min(1).max(64),
  hallName: z.string().trim().min(1).max(100),
  validHours: z.number().int().min(1).max(24 * 30).default(72),
});

export const PULL_ROUTE = '/v1/sync/:collection/pull';
export const PUSH_ROUTE = '/v1/sync/:collection/push';
