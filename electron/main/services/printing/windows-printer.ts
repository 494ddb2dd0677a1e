/**
 * The Windows spooler through `pdf-to-printer` (5.x, maintained; it drives the
 * SumatraPDF it ships with, silently, via execFile). UNTESTED ON WINDOWS: only the
 * arguments it is given and the parsing around it are unit-tested, with the library
 * faked at its boundary.
 *
 * - SumatraPDF's path must be given: the main process is bundled by esbuild, so the
 *   library cannot find the exe next to itself (it would look at `__dirname`, which does
 *   not exist in the ESM bundle). The installer ships it as an extra resource.
 * - The library resolves once SumatraPDF has handed the job to the spooler and gives no
 *   job id: "completed" here means "accepted by the Windows spooler".
 * - Offline state comes from Win32_Printer (WorkOffline / PrinterStatus = 7), which the
 *   library does not report; if that query fails, printers count as online and the
 *   spooler keeps any job for an offline one.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PrintOptions as LibraryPrintOptions, Printer as LibraryPrinter } from 'pdf-to-printer';
import { PrintError, printerNotFound, type Printer, type PrintOptions, type PrinterInfo, type SpoolerJobStatus } from './printer';

/** The part of `pdf-to-printer` used here (its boundary, faked in tests). */
export interface PdfToPrinterLibrary {
  print(pdf: string, options?: LibraryPrintOptions): Promise<void>;
  getPrinters(): Promise<LibraryPrinter[]>;
  getDefaultPrinter(): Promise<LibraryPrinter | null>;
}

export interface WindowsPrinterState {
  offline: boolean;
  reason: string;
}
/** Printer name → whether Windows marks it offline. */
export type WindowsStatusProbe = () => Promise<Map<string, WindowsPrinterState>>;

export interface WindowsPrinterOptions {
  /** Absolute path of SumatraPDF.exe shipped with the app (e.g. under process.resourcesPath). */
  sumatraPdfPath: string;
  library?: PdfToPrinterLibrary | (() => Promise<PdfToPrinterLibrary>);
  statusProbe?: WindowsStatusProbe;
  /** Where the PDF is written for SumatraPDF to read; removed after each job. */
  tempDir?: string;
}

const loadLibrary = async (): Promise<PdfToPrinterLibrary> => {
  const mod = (await import('pdf-to-printer')) as PdfToPrinterLibrary & { default?: PdfToPrinterLibrary };
  // A CommonJS bundle: its functions are on `default` when imported from ESM.
  return typeof mod.print === 'function' ? mod : (mod.default as PdfToPrinterLibrary);
};

export class WindowsPrinter implements Printer {
  private libraryPromise: Promise<PdfToPrinterLibrary> | undefined;

  constructor(private readonly options: WindowsPrinterOptions) {}

  private library(): Promise<PdfToPrinterLibrary> {
    const given = this.options.library;
    this.libraryPromise ??= typeof given === 'function' ? given() : given ? Promise.resolve(given) : loadLibrary();
    return this.libraryPromise;
  }

  async listPrinters(): Promise<PrinterInfo[]> {
    const lib = await this.library();
    let printers: LibraryPrinter[];
    let defaultPrinter: LibraryPrinter | null;
    try {
      [printers, defaultPrinter] = await Promise.all([lib.getPrinters(), lib.getDefaultPrinter()]);
    } catch (e) {
      throw new PrintError('PRINT_SERVICE_UNAVAILABLE', '无法读取本机打印机列表（Windows 打印后台处理程序未响应），请联系信息技术人员', errorText(e));
    }
    const states = await (this.options.statusProbe ?? powershellStatusProbe)().catch(() => new Map<string, WindowsPrinterState>());
    return printers.map((p) => {
      const state = states.get(p.name);
      return {
        name: p.name,
        description: p.name,
        isDefault: defaultPrinter?.name === p.name,
        online: !state?.offline,
        reason: state?.offline ? state.reason : '',
      };
    });
  }

  async print(pdf: Uint8Array, options: PrintOptions): Promise<string> {
    const known = await this.listPrinters();
    if (!known.some((p) => p.name === options.printer)) throw printerNotFound(options.printer);
    const lib = await this.library();
    const dir = await mkdtemp(path.join(this.options.tempDir ?? tmpdir(), 'counter-print-'));
    const file = path.join(dir, `${options.title.replace(/[^A-Za-z0-9_-]/g, '_')}.pdf`);
    try {
      await writeFile(file, pdf);
      await lib.print(file, libraryPrintOptions(options, this.options.sumatraPdfPath));
    } catch (e) {
      throw new PrintError('PRINT_FAILED', `打印失败：Windows 打印未完成（${errorText(e)}）`, errorText(e));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return `win:${options.title}`;
  }

  async jobStatus(_spoolerJobId: string): Promise<SpoolerJobStatus> {
    // print() returns only after the spooler took the job.
    return { state: 'completed' };
  }

  async cancel(_spoolerJobId: string): Promise<void> {
    // Nothing to withdraw: by the time a job id exists the spooler owns the job.
  }
}

/** What SumatraPDF is asked to do: silently, to the named printer, with the copies asked for. */
export function libraryPrintOptions(options: PrintOptions, sumatraPdfPath: string): LibraryPrintOptions {
  if (!Number.isInteger(options.copies) || options.copies < 1 || options.copies > 99) throw new RangeError(`copies out of range: ${options.copies}`);
  return {
    printer: options.printer,
    copies: options.copies,
    silent: true,
    sumatraPdfPath,
    ...(options.media ? { paperSize: options.media } : {}),
  };
}

/** Reads `Get-CimInstance Win32_Printer | Select Name,WorkOffline,PrinterStatus | ConvertTo-Json`. */
export function parseWin32PrinterJson(json: string): Map<string, WindowsPrinterState> {
  const out = new Map<string, WindowsPrinterState>();
  if (!json.trim()) return out;
  const data: unknown = JSON.parse(json);
  // ConvertTo-Json prints a lone object, not an array, when there is one printer.
  for (const row of Array.isArray(data) ? data : [data]) {
    if (!row || typeof row !== 'object') continue;
    const { Name, WorkOffline, PrinterStatus } = row as { Name?: unknown; WorkOffline?: unknown; PrinterStatus?: unknown };
    if (typeof Name !== 'string') continue;
    const offline = WorkOffline === true || PrinterStatus === 7;
    out.set(Name, { offline, reason: offline ? '脱机' : '' });
  }
  return out;
}

const powershellStatusProbe: WindowsStatusProbe = () =>
  new Promise((resolve, reject) => {
    execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', 'Get-CimInstance -ClassName Win32_Printer | Select-Object Name,WorkOffline,PrinterStatus | ConvertTo-Json -Compress'],
      { timeout: 15_000, windowsHide: true, encoding: 'utf8' },
      (error, stdout) => {
        if (error) return reject(error);
        try {
          resolve(parseWin32PrinterJson(stdout));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      },
    );
  });

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
