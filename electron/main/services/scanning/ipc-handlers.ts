/**
 * The scan.* channels over a Scanner and the pipeline. Typed with plain request shapes so
 * this file compiles before the channels exist in shared/ipc (see CONTRACT.md). Device
 * failures are answers, not exceptions: dispatchIpc would flatten a thrown code into
 * HANDLER_FAILED, and the renderer needs SCANNER_NO_PAPER vs SCANNER_BUSY to guide the clerk.
 * Page bytes are personal data: nothing here logs them.
 */
import { validateImportBytes } from './file-import';
import { combineToPdf, PipelineError, processPage, sha256Hex, type ProcessedPage } from './pipeline';
import { ScanError, type ScanMode, type Scanner, type ScannerDevice, type ScanSource } from './scanner';

type Failure = { ok: false; code: string; message: string };
export interface PageOut {
  index: number;
  jpegBase64: string;
  thumbnailBase64: string;
  sha256: string;
  width: number;
  height: number;
  dpi: number;
  bytes: number;
}

export interface ScannerStatus {
  /** Devices found by the last listing; null before the first one. */
  devices: ScannerDevice[] | null;
  lastError: { code: string; message: string; at: string } | null;
}

const b64 = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('base64');
const pageOut = (p: ProcessedPage, index: number): PageOut => ({
  index,
  jpegBase64: b64(p.jpeg),
  thumbnailBase64: b64(p.thumbnail),
  sha256: p.sha256,
  width: p.width,
  height: p.height,
  dpi: p.dpi,
  bytes: p.jpeg.length,
});

function failure(e: unknown): Failure {
  if (e instanceof ScanError || e instanceof PipelineError) return { ok: false, code: e.code, message: e.message };
  return { ok: false, code: 'SCAN_FAILED', message: '扫描处理失败，请重试；如持续出现请联系信息技术人员' };
}

export function createScanHandlers(scanner: Scanner) {
  const status: ScannerStatus = { devices: null, lastError: null };
  const noteError = (f: Failure) => {
    status.lastError = { code: f.code, message: f.message, at: new Date().toISOString() };
    return f;
  };
  return {
    'scan.listDevices': async (): Promise<{ ok: true; devices: ScannerDevice[] } | Failure> => {
      try {
        status.devices = await scanner.listDevices();
        return { ok: true, devices: status.devices };
      } catch (e) {
        return noteError(failure(e));
      }
    },
    'scan.status': async (): Promise<ScannerStatus> => ({ devices: status.devices, lastError: status.lastError }),
    'scan.start': async (r: {
      device: string;
      source: ScanSource;
      mode: ScanMode;
      dpi: number;
      pages?: number | undefined;
      maxBytesPerPage?: number | undefined;
    }): Promise<{ ok: true; pages: PageOut[] } | Failure> => {
      try {
        const scanned = await scanner.scan({ device: r.device, source: r.source, mode: r.mode, dpi: r.dpi, ...(r.pages ? { pages: r.pages } : {}) });
        const pages: PageOut[] = [];
        for (const s of scanned) {
          const p = await processPage(s.bytes, { color: r.mode, sourceDpi: s.dpi, ...(r.maxBytesPerPage ? { maxBytes: r.maxBytesPerPage } : {}) });
          pages.push(pageOut(p, s.index));
        }
        status.lastError = null;
        return { ok: true, pages };
      } catch (e) {
        return noteError(failure(e));
      }
    },
    /** A dropped or picked file: images go through the pipeline; a PDF is kept as it is (sharp cannot rasterise PDF). */
    'scan.importFile': async (r: {
      dataBase64: string;
      color?: ScanMode | undefined;
      crop?: { left: number; top: number; width: number; height: number } | undefined;
      rotate?: 0 | 90 | 180 | 270 | undefined;
    }): Promise<{ ok: true; kind: 'image'; page: PageOut } | { ok: true; kind: 'pdf'; pdfBase64: string; pages: number; sha256: string } | Failure> => {
      const checked = await validateImportBytes(Buffer.from(r.dataBase64, 'base64'));
      if (!checked.ok) return { ok: false, code: checked.code, message: checked.message };
      const f = checked.value;
      if (f.kind === 'pdf') return { ok: true, kind: 'pdf', pdfBase64: r.dataBase64, pages: f.pages, sha256: sha256Hex(f.bytes) };
      try {
        const p = await processPage(f.bytes, { color: r.color ?? 'gray', ...(r.crop ? { crop: r.crop } : {}), ...(r.rotate ? { rotate: r.rotate } : {}) });
        return { ok: true, kind: 'image', page: pageOut(p, 1) };
      } catch (e) {
        return failure(e);
      }
    },
    'scan.combinePdf': async (r: { pages: Array<{ jpegBase64: string; width: number; height: number; dpi: number }> }): Promise<{ ok: true; pdfBase64: string; sha256: string } | Failure> => {
      try {
        const pdf = await combineToPdf(r.pages.map((p) => ({ jpeg: Buffer.from(p.jpegBase64, 'base64'), width: p.width, height: p.height, dpi: p.dpi })));
        return { ok: true, pdfBase64: b64(pdf), sha256: sha256Hex(pdf) };
      } catch {
        return { ok: false, code: 'PDF_COMBINE_FAILED', message: '合并 PDF 失败：有页面不是有效的 JPEG，请重新扫描该页' };
      }
    },
  };
}
