import { access, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  WindowsPrinter,
  libraryPrintOptions,
  parseWin32PrinterJson,
  type PdfToPrinterLibrary,
  type WindowsPrinterState,
} from '../../../../electron/main/services/printing/windows-printer';

// The Windows adapter cannot run here: pdf-to-printer is faked at its boundary, so these
// tests check what it is asked to do and how its answers are read, nothing more.

const SUMATRA = 'C:\\Program Files\\一窗受理工作台\\resources\\SumatraPDF.exe';

function fakeLibrary(options: { failPrint?: Error } = {}) {
  const printed: Array<{ file: string; bytes: string; options: unknown }> = [];
  const library: PdfToPrinterLibrary = {
    async print(file, opts) {
      // The file must exist while the library prints it.
      printed.push({ file, bytes: await readFile(file, 'utf8'), options: opts });
      if (options.failPrint) throw options.failPrint;
    },
    async getPrinters() {
      return [
        { deviceId: 'HP LaserJet 1020', name: 'HP LaserJet 1020', paperSizes: ['A4'] },
        { deviceId: '\\\\srv\\窗口2', name: '\\\\srv\\窗口2', paperSizes: ['A4'] },
      ];
    },
    async getDefaultPrinter() {
      return { deviceId: 'HP LaserJet 1020', name: 'HP LaserJet 1020', paperSizes: ['A4'] };
    },
  };
  return { library, printed };
}

const offlineProbe = (states: Record<string, WindowsPrinterState>) => async () => new Map(Object.entries(states));

describe('Windows printer (pdf-to-printer faked; untested on Windows)', () => {
  it('asks SumatraPDF for a silent print to the named printer with the copies and paper', () => {
    expect(libraryPrintOptions({ printer: 'HP LaserJet 1020', copies: 2, title: 't', media: 'A4' }, SUMATRA)).toEqual({
      printer: 'HP LaserJet 1020',
      copies: 2,
      silent: true,
      sumatraPdfPath: SUMATRA,
      paperSize: 'A4',
    });
    expect(() => libraryPrintOptions({ printer: 'p', copies: 100, title: 't' }, SUMATRA)).toThrow(RangeError);
  });

  it('prints from a temporary file holding the exact bytes, removed afterwards', async () => {
    const { library, printed } = fakeLibrary();
    const printer = new WindowsPrinter({ sumatraPdfPath: SUMATRA, library, statusProbe: offlineProbe({}) });
    const id = await printer.print(new TextEncoder().encode('%PDF-1.7 receipt'), { printer: '\\\\srv\\窗口2', copies: 1, title: 'pj-000003-abcdef' });
    expect(id).toBe('win:pj-000003-abcdef');
    expect(printed).toHaveLength(1);
    expect(printed[0]!.bytes).toBe('%PDF-1.7 receipt');
    expect(printed[0]!.file).toMatch(/pj-000003-abcdef\.pdf$/);
    expect(printed[0]!.options).toMatchObject({ printer: '\\\\srv\\窗口2', silent: true, sumatraPdfPath: SUMATRA });
    await expect(access(printed[0]!.file)).rejects.toThrow();
    expect(await printer.jobStatus(id)).toEqual({ state: 'completed' });
  });

  it('refuses a printer Windows does not know, without calling SumatraPDF', async () => {
    const { library, printed } = fakeLibrary();
    const printer = new WindowsPrinter({ sumatraPdfPath: SUMATRA, library, statusProbe: offlineProbe({}) });
    await expect(printer.print(new Uint8Array([37]), { printer: 'Canon', copies: 1, title: 't' })).rejects.toMatchObject({ code: 'PRINTER_NOT_FOUND' });
    expect(printed).toHaveLength(0);
  });

  it('reports a SumatraPDF failure as a print failure and still removes the file', async () => {
    const { library, printed } = fakeLibrary({ failPrint: new Error('Command failed: SumatraPDF.exe') });
    const printer = new WindowsPrinter({ sumatraPdfPath: SUMATRA, library, statusProbe: offlineProbe({}) });
    await expect(printer.print(new Uint8Array([37]), { printer: 'HP LaserJet 1020', copies: 1, title: 't' })).rejects.toMatchObject({
      code: 'PRINT_FAILED',
      message: expect.stringContaining('Windows 打印未完成'),
    });
    await expect(access(printed[0]!.file)).rejects.toThrow();
  });

  it('lists printers with the default and the offline state from Win32_Printer', async () => {
    const { library } = fakeLibrary();
    const printer = new WindowsPrinter({ sumatraPdfPath: SUMATRA, library, statusProbe: offlineProbe({ '\\\\srv\\窗口2': { offline: true, reason: '脱机' } }) });
    expect(await printer.listPrinters()).toEqual([
      { name: 'HP LaserJet 1020', description: 'HP LaserJet 1020', isDefault: true, online: true, reason: '' },
      { name: '\\\\srv\\窗口2', description: '\\\\srv\\窗口2', isDefault: false, online: false, reason: '脱机' },
    ]);
    // If the state cannot be read, printers count as online (the spooler keeps the job).
    const blind = new WindowsPrinter({ sumatraPdfPath: SUMATRA, library, statusProbe: async () => Promise.reject(new Error('no powershell')) });
    expect((await blind.listPrinters()).every((p) => p.online)).toBe(true);
  });

  it('reads Win32_Printer JSON, one printer (an object) or several (an array)', () => {
    expect([...parseWin32PrinterJson('{"Name":"HP","WorkOffline":false,"PrinterStatus":3}')]).toEqual([['HP', { offline: false, reason: '' }]]);
    expect([
      ...parseWin32PrinterJson('[{"Name":"A","WorkOffline":true,"PrinterStatus":3},{"Name":"B","WorkOffline":false,"PrinterStatus":7},{"Name":"C"}]'),
    ]).toEqual([
      ['A', { offline: true, reason: '脱机' }],
      ['B', { offline: true, reason: '脱机' }],
      ['C', { offline: false, reason: '' }],
    ]);
    expect(parseWin32PrinterJson('  ').size).toBe(0);
  });

  it('loads the real library lazily: constructing the adapter on Linux does not touch it', async () => {
    let loaded = 0;
    const printer = new WindowsPrinter({
      sumatraPdfPath: SUMATRA,
      library: async () => {
        loaded++;
        return fakeLibrary().library;
      },
      statusProbe: offlineProbe({}),
    });
    expect(loaded).toBe(0);
    await printer.listPrinters();
    await printer.listPrinters();
    expect(loaded).toBe(1);
  });

  it('the real pdf-to-printer exposes the functions the adapter calls', async () => {
    const mod = (await import('pdf-to-printer')) as unknown as Record<string, unknown> & { default?: Record<string, unknown> };
    const lib = typeof mod.print === 'function' ? mod : mod.default!;
    expect([typeof lib.print, typeof lib.getPrinters, typeof lib.getDefaultPrinter]).toEqual(['function', 'function', 'function']);
  });
});
