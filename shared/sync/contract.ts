import { z } from 'zod';
import { applicationSchema } from '../application/application';
import { checkpointSchema } from './checkpoint';

/**
 * The terminal ⇄ hub wire contract (ARCHITECTURE.md §3). Both sides import these
 * schemas; neither writes a URL or a body shape by hand.
 */

/** Which side writes a collection decides its direction (ARCHITECTURE.md §2). */
export const replicatedCollections = {
  applications: { schema: applicationSchema, terminalWrites: true },
} as const;
export type CollectionName = keyof typeof replicatedCollections;
export const collectionNames = Object.keys(replicatedCollections) as CollectionName[];
export const isCollectionName = (name: string): name is CollectionName =>
  Object.prototype.hasOwnProperty.call(replicatedCollections, name);

export const limits = {
  /** Rows in one push; RxDB sends `batchSize` at a time. */
  maxPushRows: 200,
  maxPullLimit: 500,
  defaultPullLimit: 100,
  /** Serialized size of one document; scans travel separately as blobs. */
  maxDocumentBytes: 64 * 1024,
  maxBodyBytes: 4 * 1024 * 1024,
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
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

/** URL paths, relative to the hub's base URL. */
export const hubRoutes = {
  pull: (c: CollectionName) => `/v1/sync/${c}/pull`,
  push: (c: CollectionName) => `/v1/sync/${c}/push`,
  enrol: () => '/v1/terminals/enroll',
  health: () => '/health',
} as const;

export const PULL_ROUTE = '/v1/sync/:collection/pull';
export const PUSH_ROUTE = '/v1/sync/:collection/push';
