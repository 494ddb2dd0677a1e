/**
 * Counter documents (受理通知书, 补正材料通知书, 不予受理通知书, 材料接收凭证, 出件回执) as A4
 * PDFs, from the models of shared/documents. Pure: font files come in as bytes (in Node,
 * read from node_modules as test/support/fonts.ts does), the PDF goes out as bytes.
 */
export { renderDocument, prepareFonts } from './render';
export type { RenderOptions, RenderedDocument } from './render';
export type { DocumentFonts } from './typeface';
export { encodeCode128, code128Values } from './code128';
export type { LinearBarcode } from './code128';
export { qrMatrix } from './qr';
