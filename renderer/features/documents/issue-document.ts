import type { IpcRequest, PrintJobInfo } from '../../../shared/ipc';
import type { MaterialRecord } from '../../../shared/materials/material-record';
import { sha256Hex } from '../../../sync/client/blob-uploader';
import type { CounterDatabase } from '../../db/database';
import type { Platform } from '../../platform';

export type IssueRequest = IpcRequest<'documents.issue'> & {
  /** The application (case) the document belongs to. */
  applicationId: string;
  hallId: string;
  terminalId: string;
  copies: number;
  /** The clerk saw the list of characters no font has and chose to print anyway. */
  acceptMissingGlyphs?: boolean;
  /** A reprint (补打): the reason is audited and the copy is marked 补打 on every page. */
  reprintReason?: string;
};

export type IssueOutcome =
  | { status: 'needs-confirmation'; missingGlyphs: string[] }
  | { status: 'issued'; documentNumber: string; materialId: string; sha256: string; job: PrintJobInfo };

const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/**
 * Issues a counter document: the main process builds and renders it; here it is archived
 * with its case as a material record (the PDF an encrypted attachment, uploaded to the hub
 * by the blob queue like a scan, so the hub holds exactly what the applicant got), then
 * queued for printing. A document with characters no font has is not printed until the
 * clerk has seen them.
 */
export async function issueDocument(platform: Platform, db: CounterDatabase, request: IssueRequest): Promise<IssueOutcome> {
  const { applicationId, hallId, terminalId, copies, acceptMissingGlyphs, reprintReason, ...rest } = request;
  const ipc = (reprintReason ? { ...rest, options: { ...rest.options, mark: '补打' } } : rest) as IpcRequest<'documents.issue'>;
  const issued = await platform.call('documents.issue', ipc);
  if (issued.missingGlyphs.length > 0 && !acceptMissingGlyphs) return { status: 'needs-confirmation', missingGlyphs: issued.missingGlyphs };

  const pdf = fromBase64(issued.pdfBase64);
  const sha256 = await sha256Hex(pdf);
  const materialId = `${applicationId}-doc-${issued.documentNumber.replace(/[^A-Za-z0-9_-]/g, '')}${reprintReason ? `-r${Date.now().toString(36)}` : ''}`.slice(0, 80);
  const record: MaterialRecord = {
    id: materialId,
    applicationId,
    hallId,
    terminalId,
    materialCode: `DOC:${issued.kind}`,
    name: issued.title,
    provision: 'issued_document',
    originalsSeen: 0,
    copiesReceived: 0,
    files: [{ sha256, bytes: pdf.byteLength, mime: 'application/pdf' }],
    createdAt: new Date().toISOString(),
  };
  // Archived before printing: a printer failure never loses the issued document.
  const existing = await db.materials.findOne(materialId).exec();
  const doc = existing ?? (await db.materials.insert(record));
  if (!doc.getAttachment(sha256)) await doc.putAttachment({ id: sha256, data: new Blob([pdf], { type: 'application/pdf' }), type: 'application/pdf' });

  const job = await platform.call('print.enqueue', {
    documentKind: issued.kind,
    caseNumber: issued.caseNumber,
    pdfBase64: issued.pdfBase64,
    copies,
    ...(reprintReason ? { reprint: { reason: reprintReason } } : {}),
  });
  return { status: 'issued', documentNumber: issued.documentNumber, materialId, sha256, job };
}
