/**
 * Files the clerk drops in or picks (and files a network MFP leaves in the hot folder) are
 * checked before anything else reads them: the type comes from the first bytes, never from
 * the name; the size is checked with stat before the file is read; images are decoded once
 * (a truncated JPEG fails here, not later in the pipeline); a PDF's page count is read from
 * its page tree before pdf-lib walks it, so a small file claiming a million pages costs
 * nothing. A rejected file leaves the draft untouched: nothing is stored before this passes.
 */
import { open, stat } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { err, ok, type Result } from '../../../../shared/result';

export type ImportKind = 'pdf' | 'jpeg' | 'png' | 'tiff' | 'webp';

export type ImportErrorCode =
  | 'FILE_NOT_READABLE'
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_IS_EXECUTABLE'
  | 'FILE_TYPE_UNSUPPORTED'
  | 'IMAGE_CORRUPT'
  | 'IMAGE_TOO_MANY_PIXELS'
  | 'PDF_CORRUPT'
  | 'PDF_ENCRYPTED'
  | 'PDF_TOO_MANY_PAGES';

export interface ImportedFile {
  kind: ImportKind;
  bytes: Uint8Array;
  /** Pages: 1 for an image. */
  pages: number;
}

export interface ImportLimits {
  /** Refused by size alone, before reading. Default 50 MiB. */
  maxBytes?: number;
  /** Default 200 pages. */
  maxPdfPages?: number;
  /** Default 100 million pixels (a 600 dpi A3 scan is ≈ 70 million). */
  maxImagePixels?: number;
}

const DEFAULTS = { maxBytes: 50 * 1024 * 1024, maxPdfPages: 200, maxImagePixels: 100_000_000 };
const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** What the first bytes say the file is. */
export function sniffType(head: Uint8Array): ImportKind | 'executable' | undefined {
  const b = (i: number) => head[i];
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if (b(0) === 0x89 && ascii(1, 4) === 'PNG' && b(4) === 0x0d && b(5) === 0x0a) return 'png';
  if ((ascii(0, 2) === 'II' && b(2) === 42 && b(3) === 0) || (ascii(0, 2) === 'MM' && b(2) === 0 && b(3) === 42)) return 'tiff';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  // PDF readers accept the header anywhere in the first 1024 bytes.
  if (Buffer.from(head.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (ascii(0, 2) === 'MZ' || (b(0) === 0x7f && ascii(1, 4) === 'ELF') || ascii(0, 2) === '#!') return 'executable';
  const magic = (b(0)! << 24) | (b(1)! << 16) | (b(2)! << 8) | b(3)!;
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic >>> 0)) return 'executable';
  return undefined;
}

/** The largest `/Count` of any page-tree node, read without parsing the document. */
export function claimedPdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let max = 0;
  for (const m of text.matchAll(/\/Count\s+(\d{1,12})/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** JPEG data must end with EOI (FF D9); scanners and phones may pad after it with zeros. */
function jpegHasEnd(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 2 && bytes[end - 1] === 0x00) end--;
  return bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9;
}

export async function validateImportBytes(bytes: Uint8Array, limits: ImportLimits = {}): Promise<Result<ImportedFile, ImportErrorCode>> {
  const l = { ...DEFAULTS, ...limits };
  if (bytes.length === 0) return err('FILE_EMPTY', '文件是空的（0 字节），请重新扫描或选择正确的文件');
  if (bytes.length > l.maxBytes) return err('FILE_TOO_LARGE', `文件过大（超过 ${mib(l.maxBytes)}），请降低扫描分辨率或分成几份后再导入`);
  const kind = sniffType(bytes.subarray(0, 1024));
  if (kind === 'executable') return err('FILE_IS_EXECUTABLE', '该文件是可执行程序，不是扫描件或 PDF，已拒绝导入；请勿打开来历不明的文件');
  if (!kind) return err('FILE_TYPE_UNSUPPORTED', '无法识别的文件类型：只能导入 PDF 或 JPEG、PNG、TIFF、WebP 图片（以文件内容为准，与扩展名无关）');
  if (kind === 'pdf') return validatePdf(bytes, l.maxPdfPages);
  if (kind === 'jpeg' && !jpegHasEnd(bytes)) return err('IMAGE_CORRUPT', '图片文件不完整（可能传输中断或未保存完），请重新扫描或重新拷贝');
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    const pixels = (meta.width ?? 0) * (meta.height ?? 0);
    if (pixels > l.maxImagePixels) return err('IMAGE_TOO_MANY_PIXELS', '图片尺寸过大（像素过多），请以 300 dpi 或更低分辨率重新扫描');
    // Decode every pixel once: a damaged body fails here rather than in the pipeline. libjpeg
    // only warns about corrupt data (grey blocks in the page): for evidence, that is a failure.
    await sharp(bytes, { failOn: 'warning', limitInputPixels: l.maxImagePixels }).raw().toBuffer();
    return ok({ kind, bytes, pages: 1 });
  } catch {
    return err('IMAGE_CORRUPT', '图片文件已损坏，无法读取，请重新扫描或重新拷贝');
  }
}

async function validatePdf(bytes: Uint8Array, maxPages: number): Promise<Result<ImportedFile, ImportErrorCode>> {
  const tooMany = () => err('PDF_TOO_MANY_PAGES' as const, `PDF 页数过多（超过 ${maxPages} 页），请拆分后分别导入；如文件来历不明请勿使用`);
  if (claimedPdfPageCount(bytes) > maxPages) return tooMany();
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  } catch (error) {
    if (error instanceof Error && /encrypt/i.test(error.message)) return err('PDF_ENCRYPTED', 'PDF 已加密（设有密码），无法导入；请申请人提供未加密的文件');
    return err('PDF_CORRUPT', 'PDF 文件已损坏或不完整，无法读取，请重新获取文件');
  }
  if (doc.isEncrypted) return err('PDF_ENCRYPTED', 'PDF 已加密（设有密码），无法导入；请申请人提供未加密的文件');
  // Page counts hidden in compressed object streams are only known now.
  let pages: number;
  try {
    pages = doc.catalog.Pages().Count().asNumber();
  } catch {
    return err('PDF_CORRUPT', 'PDF 文件已损坏或不完整，无法读取，请重新获取文件');
  }
  if (pages > maxPages) return tooMany();
  if (pages < 1) return err('PDF_CORRUPT', 'PDF 文件没有页面，请重新获取文件');
  return ok({ kind: 'pdf', bytes, pages });
}

/** Checks a file on disk: size first (a 200 MB file is refused without reading it), then its bytes. */
export async function validateImportFile(filePath: string, limits: ImportLimits = {}): Promise<Result<ImportedFile, ImportErrorCode>> {
  const max = limits.maxBytes ?? DEFAULTS.maxBytes;
  let size: number;
  try {
    const s = await stat(filePath);
    if (!s.isFile()) return err('FILE_NOT_READABLE', '选择的不是文件，请重新选择');
    size = s.size;
  } catch {
    return err('FILE_NOT_READABLE', '无法读取该文件（可能已被移动或没有权限），请重新选择');
  }
  if (size > max) return err('FILE_TOO_LARGE', `文件过大（超过 ${mib(max)}），请降低扫描分辨率或分成几份后再导入`);
  let bytes: Uint8Array;
  try {
    const handle = await open(filePath, 'r');
    try {
      // Read at most max + 1 bytes: a file still growing cannot make us read without bound.
      const buf = Buffer.alloc(Math.min(size, max) + 1);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      bytes = new Uint8Array(buf.buffer, buf.byteOffset, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return err('FILE_NOT_READABLE', '无法读取该文件（可能已被移动或没有权限），请重新选择');
  }
  return validateImportBytes(bytes, limits);
}
