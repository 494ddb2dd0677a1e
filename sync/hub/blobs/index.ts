/** Scanned files at the hub: resumable tus uploads, verified by SHA-256, stored by digest. */
export { registerBlobRoutes, BLOBS_ROUTE, BLOB_BY_DIGEST_ROUTE, DEFAULT_MAX_BLOB_BYTES, type BlobRouteDeps } from './routes';
export { DiskBlobStore, type BlobStore, type BlobClaim, type IncomingUpload, type FinaliseResult } from './blob-store';
export { blobsMigrationSql, isBlobComplete, allBlobsComplete, findBlob, recordBlob, type BlobRecord } from './repository';
export { digestFile, isSha256Hex } from './digest';
