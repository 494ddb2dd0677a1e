/**
 * From whatever a device or a file gave us to the page we store and upload: upright
 * (EXIF orientation applied), optionally cropped and turned, at the output resolution,
 * JPEG in grey for text (a third of the bytes of colour) or colour when asked, within a byte
 * budget per page so a hall's uplink can carry a day of intake; a thumbnail for the list; the
 * SHA-256 that names the blob. Multi-page materials become one PDF (pdf-lib, the JPEGs
 * embedded as they are, no re-encoding).
 */
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';

export type ColorMode = 'gray' | 'color';

export interface PageOptions {
  /** Default 'gray' (text); 'color' for photos, stamps in colour, certificates. */
  color?: ColorMode;
  /** Output resolution. Default 200 dpi. */
  dpi?: number;
  /** Resolution of the input when the file does not say (scanners do via ScannedPage.dpi). */
  sourceDpi?: number;
  /** Byte budget of the JPEG. Default 250 KB grey, 450 KB colour. */
  maxBytes?: number;
  /** In input pixels, after EXIF orientation. */
  crop?: { left: number; top: number; width: number; height: number };
  /** Clockwise quarter turns chosen by the clerk, after the crop. */
  rotate?: 0 | 90 | 180 | 270;
  /**
   * Grey only: paper to white, as a scanner's text mode does. Paper grain and sensor noise
   * are most of a grey page's JPEG bytes and none of its content. Default true for grey.
   */
  whitenPaper?: boolean;
  /** Long side of the thumbnail in pixels. Default 240. */
  thumbnailSize?: number;
}

export interface ProcessedPage {
  jpeg: Uint8Array;
  width: number;
  height: number;
  dpi: number;
  color: ColorMode;
  /** JPEG quality that met the budget. */
  quality: number;
  sha256: string;
  thumbnail: Uint8Array;
}

export class PipelineError extends Error {
  constructor(
    readonly code: 'IMAGE_CORRUPT' | 'PAGE_OVER_BUDGET' | 'CROP_OUT_OF_BOUNDS',
    message: string,
  ) {
    super(message);
    this.name = 'PipelineError';
  }
}

/** A4 at 300 dpi plus a margin: inputs of unknown resolution larger than this are brought down to A4 at the output dpi. */
const A4_MM = { w: 210, h: 297 };
const QUALITIES = [80, 62, 45];
const MIN_SCALE = 0.5;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function processPage(input: Uint8Array, options: PageOptions = {}): Promise<ProcessedPage> {
  const color = options.color ?? 'gray';
  const dpi = options.dpi ?? 200;
  const budget = options.maxBytes ?? (color === 'gray' ? 250_000 : 450_000);

  // 1. Decode once, upright, cropped and turned; raw pixels are reused by every encoding attempt.
  let base: { data: Buffer; info: sharp.OutputInfo };
  let density: number | undefined;
  try {
    let img = sharp(input, { failOn: 'truncated', limitInputPixels: 150_000_000 }).autoOrient();
    const meta = await sharp(input).metadata();
    density = options.sourceDpi ?? (meta.density && meta.density > 72 ? meta.density : undefined);
    if (options.crop) {
      // Bounds are checked against the upright size.
      const swap = (meta.orientation ?? 1) >= 5;
      const w = (swap ? meta.height : meta.width) ?? 0;
      const h = (swap ? meta.width : meta.height) ?? 0;
      const c = options.crop;
      if (c.left < 0 || c.top < 0 || c.width < 1 || c.height < 1 || c.left + c.width > w || c.top + c.height > h)
        throw new PipelineError('CROP_OUT_OF_BOUNDS', '裁剪范围超出了图片，请重新框选');
      img = sharp(await img.toBuffer()).extract(options.crop);
    }
    if (options.rotate) img = sharp(await img.toBuffer()).rotate(options.rotate);
    if (color === 'gray') img = img.grayscale();
    base = await img.raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (error instanceof PipelineError) throw error;
    throw new PipelineError('IMAGE_CORRUPT', '图片已损坏或格式不受支持，无法处理，请重新扫描');
  }

  if (color === 'gray' && base.info.channels === 1 && (options.whitenPaper ?? true)) whitenPaper(base.data);

  // 2. Target size: from the known source resolution, else fit inside A4 at the output dpi.
  const { width: w0, height: h0, channels } = base.info;
  let scale: number;
  if (density) scale = Math.min(1, dpi / density);
  else {
    const portrait = h0 >= w0;
    const maxW = Math.round(((portrait ? A4_MM.w : A4_MM.h) / 25.4) * dpi);
    const maxH = Math.round(((portrait ? A4_MM.h : A4_MM.w) / 25.4) * dpi);
    scale = Math.min(1, maxW / w0, maxH / h0);
  }

  // 3. Lower the quality step by step, then the size, until the page fits its budget.
  const raw = { raw: { width: w0, height: h0, channels } } as const;
  // Bytes grow with the pixel count: when the lowest quality still misses, jump straight to
  // the size that should fit instead of creeping down (each encoding of an A4 page costs ~50–100 ms).
  const minScale = scale * MIN_SCALE;
  let lastSize = 0;
  for (let s = scale; ; s = s <= minScale + 1e-9 ? 0 : Math.max(minScale, s * Math.min(0.9, Math.sqrt(budget / lastSize) * 0.98))) {
    if (s === 0) break;
    const width = Math.max(1, Math.round(w0 * s));
    const height = Math.max(1, Math.round(h0 * s));

    // Raw output channels are taken from sharp's answer: a resized 1-channel input comes back as sRGB unless told otherwise.
    let resizer = sharp(base.data, raw).resize(width, height, { kernel: 'lanczos3' });
    if (color === 'gray') resizer = resizer.toColourspace('b-w');
    const resized = s < 1 ? await resizer.raw().toBuffer({ resolveWithObject: true }) : base;
    for (const quality of QUALITIES) {
      // A miss by far at a high quality will miss at the middle one too: go to the lowest.
      if (quality === QUALITIES[1] && lastSize > budget * 1.6) continue;
      let enc = sharp(resized.data, { raw: { width: resized.info.width, height: resized.info.height, channels: resized.info.channels } });
      if (color === 'gray') enc = enc.toColourspace('b-w');
      const jpeg = await enc.jpeg({ quality, mozjpeg: false, chromaSubsampling: '4:2:0', optimiseCoding: true }).toBuffer();
      lastSize = jpeg.length;
      if (jpeg.length <= budget) {
        const effectiveDpi = Math.round(density ? density * s : dpi * (s / scale));
        const thumbnail = await sharp(jpeg)
          .resize(options.thumbnailSize ?? 240, options.thumbnailSize ?? 240, { fit: 'inside' })
          .jpeg({ quality: 60 })
          .toBuffer();
        const bytes = new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
        return { jpeg: bytes, width: resized.info.width, height: resized.info.height, dpi: effectiveDpi, color, quality, sha256: sha256Hex(bytes), thumbnail: new Uint8Array(thumbnail) };
      }
    }
  }
  throw new PipelineError('PAGE_OVER_BUDGET', '该页图像内容过于复杂，压缩后仍超过单页大小限制；请改用灰度或降低分辨率重新扫描');
}

/**
 * In place, one grey channel: the paper level (the 80th percentile, on a text page that is
 * paper) and everything within 20 levels of it become white; darker levels are stretched
 * so ink stays ink. A page that is mostly dark (a photo) is left as it is.
 */
export function whitenPaper(data: Buffer): void {
  const hist = new Uint32Array(256);
  const step = Math.max(1, Math.floor(data.length / 200_000));
  let n = 0;
  for (let i = 0; i < data.length; i += step, n++) hist[data[i]!]!++;
  let acc = 0;
  let paper = 255;
  for (let v = 0; v < 256; v++) {
    acc += hist[v]!;
    if (acc >= n * 0.2) {
      // 80 % of the page at least this bright
      paper = v;
      break;
    }
  }
  if (paper < 160) return;
  const white = paper - 20;
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = v >= white ? 255 : Math.round((v * 255) / white);
  for (let i = 0; i < data.length; i++) data[i] = lut[data[i]!]!;
}

/** One PDF of the pages in order, each page the size of the paper it came from. */
export async function combineToPdf(pages: ReadonlyArray<Pick<ProcessedPage, 'jpeg' | 'width' | 'height' | 'dpi'>>): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  // Fixed dates and producer: the same pages make the same bytes (and the same SHA-256).
  const epoch = new Date(0);
  pdf.setCreationDate(epoch);
  pdf.setModificationDate(epoch);
  pdf.setProducer('counter-workstation');
  pdf.setCreator('counter-workstation');
  for (const p of pages) {
    const image = await pdf.embedJpg(p.jpeg);
    const w = (p.width / p.dpi) * 72;
    const h = (p.height / p.dpi) * 72;
    pdf.addPage([w, h]).drawImage(image, { x: 0, y: 0, width: w, height: h });
  }
  return pdf.save({ useObjectStreams: true });
}
