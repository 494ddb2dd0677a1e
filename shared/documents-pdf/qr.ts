/**
 * The progress-query QR code as a module matrix (true = dark), drawn by the renderer as
 * rectangles so it stays vector and sharp at any printer resolution.
 */
import qrcode from 'qrcode-generator';

/** UTF-8 bytes as a string of code units 0–255: what the library's byte mode reads. */
function utf8Binary(text: string): string {
  // encodeURIComponent is the one UTF-8 encoder in the ES library (no TextEncoder here).
  return encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Level M (15 % recovery) survives a creased or smudged receipt and keeps a URL of
 * ~80 characters at version 5 (37 × 37), scannable at about 2 cm.
 */
export function qrMatrix(text: string): boolean[][] {
  if (text.length === 0) throw new RangeError('QR code needs some text');
  const qr = qrcode(0, 'M');
  qr.addData(utf8Binary(text), 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_r, row) => Array.from({ length: n }, (_c, col) => qr.isDark(row, col)));
}
