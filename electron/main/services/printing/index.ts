/**
 * Printing (issue 6): a printer adapter per spooler, a persistent queue and its worker,
 * and the service behind the print channels of the IPC contract.
 */
import { CupsPrinter } from './cups-printer';
import type { Printer } from './printer';
import { WindowsPrinter } from './windows-printer';

export { jsonLinesAuditLog, type PrintAudit, type PrintAuditRecord } from './audit-log';
export { CupsPrinter } from './cups-printer';
export { createPrintHandlers } from './ipc-handlers';
export { PRINT_JOB_STATUSES, type PrintJob, type PrintJobStatus } from './job-store';
export { PrintError, type Printer, type PrinterInfo, type PrintErrorCode, type PrintOptions } from './printer';
export { PrintService, PrintServiceError, type EnqueueRequest, type PrintJobView, type PrintServiceOptions } from './print-service';
export { JsonSettingsFile, type SettingsStore } from './settings';
export { WindowsPrinter } from './windows-printer';

/** The spooler of this machine: CUPS on Linux (and macOS), the Windows spooler on Windows. */
export function createPrinter(platform: NodeJS.Platform, options: { sumatraPdfPath?: string } = {}): Printer {
  if (platform === 'win32') {
    if (!options.sumatraPdfPath) throw new Error('Windows printing needs the path of the SumatraPDF.exe shipped with the app');
    return new WindowsPrinter({ sumatraPdfPath: options.sumatraPdfPath });
  }
  return new CupsPrinter();
}
