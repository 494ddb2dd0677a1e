/**
 * What the counter needs from a scanner, whatever drives it: which devices are there, and
 * "scan these pages". One implementation per driver stack (SANE via scanimage on Linux;
 * TWAIN/WIA on Windows is not written yet); tests use SANE's `test` backend.
 */

export type ScanSource = 'flatbed' | 'adf';
export type ScanMode = 'color' | 'gray';

export interface ScannerDevice {
  /** The driver's device name (SANE: `backend:address`), what a scan is asked of. */
  id: string;
  vendor: string;
  model: string;
  /** e.g. "flatbed scanner", "virtual device". */
  type: string;
}

export interface ScanOptions {
  device: string;
  source: ScanSource;
  mode: ScanMode;
  /** Scan resolution; the pipeline brings pages to its own output dpi afterwards. */
  dpi: number;
  /** Flatbed: always 1. ADF: the most pages to take; the batch stops earlier when the feeder is empty. */
  pages?: number;
  /** Scan area in millimetres from the top-left corner; omitted: the device's whole area. */
  areaMm?: { width: number; height: number };
}

export interface ScannedPage {
  /** 1-based, in feed order. */
  index: number;
  /** PNG bytes as the device produced them. */
  bytes: Uint8Array;
  dpi: number;
}

export interface Scanner {
  listDevices(): Promise<ScannerDevice[]>;
  /** Throws ScanError. Resolves with at least one page. */
  scan(options: ScanOptions): Promise<ScannedPage[]>;
}

/**
 * - SCANNER_SOFTWARE_MISSING: the driver front end (scanimage) is not installed;
 * - SCANNER_NOT_FOUND: no such device / none connected;
 * - SCANNER_BUSY: another program (or scan) holds the device;
 * - SCANNER_NO_PAPER: the feeder is empty;
 * - SCANNER_JAMMED / SCANNER_COVER_OPEN: the clerk can fix it at the device;
 * - SCANNER_TIMEOUT: the device did not answer in time;
 * - SCAN_FAILED: anything else.
 */
export type ScanErrorCode =
  | 'SCANNER_SOFTWARE_MISSING'
  | 'SCANNER_NOT_FOUND'
  | 'SCANNER_BUSY'
  | 'SCANNER_NO_PAPER'
  | 'SCANNER_JAMMED'
  | 'SCANNER_COVER_OPEN'
  | 'SCANNER_TIMEOUT'
  | 'SCAN_FAILED';

export class ScanError extends Error {
  constructor(
    readonly code: ScanErrorCode,
    /** For the clerk, in Simplified Chinese. */
    message: string,
    /** The driver's own words (English with LANG=C), for IT diagnostics. Never personal data. */
    readonly detail = '',
  ) {
    super(message);
    this.name = 'ScanError';
  }
}
