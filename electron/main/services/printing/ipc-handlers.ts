/**
 * The print channels of the IPC contract, implemented over a PrintService. Typed with
 * plain request shapes so this file compiles before the channels exist in shared/ipc;
 * `createMainHandlers(...) satisfies IpcHandlers` checks it against the zod schemas.
 * Requests arrive already validated by dispatchIpc.
 */
import type { PrintJobKind } from '../../../../shared/ipc/contract';
import type { PrintJob } from './job-store';
import type { PrintService } from './print-service';

export function createPrintHandlers(service: PrintService) {
  return {
    'print.listPrinters': async () => ({ printers: await service.listPrinters() }),
    'print.getPrinter': async () => ({ printer: await service.getChosenPrinter() }),
    'print.setPrinter': async (r: { printer: string | null }) => ({ printer: await service.setChosenPrinter(r.printer) }),
    'print.enqueue': async (r: {
      documentKind: PrintJobKind;
      caseNumber: string;
      pdfBase64: string;
      copies: number;
      printer?: string | undefined;
      reprint?: { reason: string } | undefined;
    }) =>
      service.enqueue({
        documentKind: r.documentKind,
        caseNumber: r.caseNumber,
        pdf: Buffer.from(r.pdfBase64, 'base64'),
        copies: r.copies,
        printer: r.printer,
        reprint: r.reprint,
      }),
    'print.listJobs': async (r: { caseNumber?: string | undefined; statuses?: PrintJob['status'][] | undefined; limit?: number | undefined }) => ({
      jobs: service.listJobs(r),
    }),
    'print.retry': async (r: { jobId: string; printer?: string | undefined }) => service.retry(r.jobId, r.printer),
    'print.cancel': async (r: { jobId: string }) => service.cancel(r.jobId),
    'print.reprint': async (r: { jobId: string; reason: string; copies: number }) => service.reprint(r.jobId, r.reason, r.copies),
  };
}
