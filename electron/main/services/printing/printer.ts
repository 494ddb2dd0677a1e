/**
 * What the print queue needs from a printing system, and nothing more: which printers
 * exist and whether they can take a job now, hand a PDF to one, ask what became of it.
 * One implementation per spooler (CUPS on Linux, the Windows spooler); tests use a fake.
 */

export interface PrinterInfo {
  /** The spooler's name for the printer: what the clerk chooses and what jobs name. */
  name: string;
  /** Human description from the spooler (may equal the name). */
  description: string;
  isDefault: boolean;
  /** Can take and print a job now (CUPS: enabled and accepting; Windows: not "work offline"). */
  online: boolean;
  /** Why it is not online, as the spooler says it (e.g. "paper jam"), or '' when online. */
  reason: string;
}

export interface PrintOptions {
  printer: string;
  copies: number;
  /** Job title shown in the spooler: our queue job id, never personal data. */
  title: string;
  /** Paper size to ask for; counter documents are A4. */
  media?: 'A4';
}

/** pending: still in the spooler; completed: left the spooler done; failed: cancelled or aborted there. */
export type SpoolerJobState = 'pending' | 'completed' | 'failed';

export interface SpoolerJobStatus {
  state: SpoolerJobState;
  /** The spooler's own words, when it gives any. */
  detail?: string;
}

export interface Printer {
  listPrinters(): Promise<PrinterInfo[]>;
  /** Hands the PDF to the spooler and returns the spooler's job id. Throws PrintError. */
  print(pdf: Uint8Array, options: PrintOptions): Promise<string>;
  jobStatus(spoolerJobId: string): Promise<SpoolerJobStatus>;
  /** Withdraws a job still in the spooler; a job already gone is not an error. */
  cancel(spoolerJobId: string): Promise<void>;
}

/**
 * - PRINTER_NOT_FOUND: no such printer (a retry will not help until another one is chosen);
 * - PRINTER_OFFLINE: it exists but cannot take jobs now (wait, do not count as a failure);
 * - PRINT_SERVICE_UNAVAILABLE: the spooler itself is not running or not installed (wait too);
 * - PRINT_FAILED: anything else (retried with backoff).
 */
export type PrintErrorCode = 'PRINTER_NOT_FOUND' | 'PRINTER_OFFLINE' | 'PRINT_SERVICE_UNAVAILABLE' | 'PRINT_FAILED';

export class PrintError extends Error {
  constructor(
    readonly code: PrintErrorCode,
    /** For the clerk, in Simplified Chinese. */
    message: string,
    /** The spooler's raw words, for IT (English on CUPS with LANG=C). */
    readonly detail = '',
  ) {
    super(message);
    this.name = 'PrintError';
  }
}

export const printerNotFound = (name: string, detail = '') =>
  new PrintError('PRINTER_NOT_FOUND', `找不到打印机“${name}”，请在“打印设置”中重新选择打印机`, detail);
export const printerOffline = (name: string, reason: string, detail = '') =>
  new PrintError('PRINTER_OFFLINE', `打印机“${name}”当前不可用${reason ? `（${reason}）` : ''}，恢复后将自动打印`, detail);
