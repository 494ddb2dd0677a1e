import { z } from 'zod';

/**
 * Metadata of one material item of an application. Scanned pages travel separately
 * as blobs named by their SHA-256 (sync/client/blob-uploader); the record lists them,
 * so the hub can tell when an application's files are all there.
 */
/** `issued_document`: a PDF the counter issued (受理通知书 …), archived with the case like a scan. */
export const materialProvisions = ['original', 'copy', 'original_and_copy', 'scanned', 'e_licence', 'deferred', 'missing', 'issued_document'] as const;

export const blobRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive().max(200 * 1024 * 1024),
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
});
export type BlobRef = z.infer<typeof blobRefSchema>;

export const materialRecordSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,80}$/),
  applicationId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  hallId: z.string().min(1).max(64),
  terminalId: z.string().min(1).max(64),
  /** Material id in the catalog version the application was taken under. */
  materialCode: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  provision: z.enum(materialProvisions),
  originalsSeen: z.number().int().min(0).max(99),
  copiesReceived: z.number().int().min(0).max(99),
  files: z.array(blobRefSchema).max(500),
  createdAt: z.string().datetime({ offset: true }),
});
export type MaterialRecord = z.infer<typeof materialRecordSchema>;
