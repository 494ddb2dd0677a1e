import {
  buildAcceptanceNotice,
  buildHandoverReceipt,
  buildMaterialReceipt,
  buildRejectionNotice,
  buildSupplementNotice,
  type CounterCase,
  type DocumentOptions,
  type DocumentResult,
  type HandoverCase,
} from '../../../../shared/documents';
import type { IpcRequest, IpcResponse } from '../../../../shared/ipc';
import { renderDocument, type DocumentFonts } from '../../../../shared/documents-pdf';

export class DocumentIssueError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Builds a counter document from the case (the rules live in shared/documents) and
 * renders it to PDF here in the main process, where the fonts are, so the renderer
 * never loads 38 MB of fonts. The renderer archives and prints the result.
 */
export async function issueDocument(
  request: IpcRequest<'documents.issue'>,
  fonts: () => Promise<DocumentFonts>,
): Promise<IpcResponse<'documents.issue'>> {
  const options: DocumentOptions = {
    ...(request.options?.revealIdentity ? { revealIdentity: true } : {}),
    ...(request.options?.ordinal ? { ordinal: request.options.ordinal } : {}),
  };
  let built: DocumentResult<Parameters<typeof renderDocument>[0]>;
  switch (request.kind) {
    case 'acceptanceNotice':
      built = buildAcceptanceNotice(request.case as CounterCase, options);
      break;
    case 'supplementNotice':
      built = buildSupplementNotice(request.case as CounterCase, options);
      break;
    case 'rejectionNotice':
      built = buildRejectionNotice(request.case as CounterCase, options);
      break;
    case 'materialReceipt':
      built = buildMaterialReceipt(request.case as CounterCase, options);
      break;
    case 'handoverReceipt':
      built = buildHandoverReceipt(request.case as HandoverCase, options);
      break;
  }
  if (!built.ok) throw new DocumentIssueError(built.code, built.message);
  const model = built.value;
  const rendered = await renderDocument(model, await fonts(), request.options?.mark ? { mark: request.options.mark } : {});
  return {
    kind: request.kind,
    title: model.title,
    documentNumber: model.documentNumber,
    caseNumber: model.caseNumber,
    pages: rendered.pages,
    missingGlyphs: rendered.missingGlyphs,
    pdfBase64: Buffer.from(rendered.pdf).toString('base64'),
  };
}
