/**
 * How a counter document looks on A4, after the usual form of a Chinese government
 * notice: the issuing authority in red over a red rule (版头), the title in large bold
 * type, the body, the seal and date at the bottom right (落款) with signature lines, and
 * 第 N 页 共 M 页 under every page. The barcode (for the pickup scanner) and the QR code
 * (progress query) sit above the head. A document in several copies (联) is laid out in
 * full once per copy, each copy numbered on its own.
 */
import type { CounterDocument, FieldsSection, ListSection, Section, SignatureLine, TableSection, TextSection } from '../documents';
import { encodeCode128 } from './code128';
import type { Composer, TextStyle } from './compose';
import { baselineIn, BLACK, CONTENT, GREY, LIGHT_SHADE, MARGIN, PAGE, RED, SHADE } from './compose';
import type { GridCell } from './grid';
import { drawGrid } from './grid';
import { qrMatrix } from './qr';

export interface LayoutOptions {
  /** Printed boxed in red at the top of every page, e.g. 补打 on a reprint. */
  mark?: string;
}

const BODY: TextStyle = { size: 10.5 };
const BODY_LINE = 18;
const FIELD: TextStyle = { size: 10 };
const FIELD_LABEL: TextStyle = { size: 10, color: { r: 0.15, g: 0.15, b: 0.15 } };
const FIELD_LINE = 13.5;
const TABLE: TextStyle = { size: 9.5 };
const TABLE_HEAD: TextStyle = { size: 9.5, weight: 'bold' };
const TABLE_LINE = 13;
const HEADING: TextStyle = { size: 11.5, weight: 'bold' };
const NOTE: TextStyle = { size: 9, color: { r: 0.2, g: 0.2, b: 0.2 } };
const NOTE_LINE = 13.5;
const SMALL: TextStyle = { size: 8, color: GREY };
const FOOTER: TextStyle = { size: 9, color: GREY };

/** The ordered-list numbers the model asks for: （一）（二）…. */
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function chineseOrdinal(n: number): string {
  if (n <= 10) return CHINESE_NUMERALS[n - 1] as string;
  if (n < 20) return `十${CHINESE_NUMERALS[n - 11] as string}`;
  const tens = CHINESE_NUMERALS[Math.floor(n / 10) - 1] as string;
  const ones = n % 10 === 0 ? '' : (CHINESE_NUMERALS[(n % 10) - 1] as string);
  return `${tens}十${ones}`;
}

// ---------------------------------------------------------------------------
// Codes

const BAR_MODULE = 0.95; // pt: 0.34 mm, inside Code 128's usual 0.25–0.5 mm X-dimension
const BAR_HEIGHT = 30;
const QR_SIZE = 60;

/** Draws the barcode and returns its right edge. */
function barcode(c: Composer, doc: CounterDocument, x: number, top: number): number {
  const bars = encodeCode128(doc.barcode.text);
  let bx = x;
  bars.widths.forEach((w, i) => {
    if (i % 2 === 0) c.push({ kind: 'rect', x: bx, y: top - BAR_HEIGHT, width: w * BAR_MODULE, height: BAR_HEIGHT, fill: BLACK });
    bx += w * BAR_MODULE;
  });
  const width = bars.modules * BAR_MODULE;
  const caption = c.text(doc.barcode.caption, x, top - BAR_HEIGHT - 11, Math.max(width, 160), 'left', SMALL);
  return x + Math.max(width, caption);
}

function qrCode(c: Composer, text: string, caption: string, right: number, top: number): void {
  const matrix = qrMatrix(text);
  const n = matrix.length;
  const cell = QR_SIZE / n;
  const left = right - QR_SIZE;
  matrix.forEach((row, r) => {
    // One rectangle per horizontal run of dark modules keeps the page small.
    for (let col = 0; col < n; ) {
      if (!row[col]) {
        col++;
        continue;
      }
      let end = col;
      while (row[end + 1]) end++;
      c.push({ kind: 'rect', x: left + col * cell, y: top - (r + 1) * cell, width: (end - col + 1) * cell, height: cell, fill: BLACK });
      col = end + 1;
    }
  });
  c.text(caption, left - 20, top - QR_SIZE - 11, QR_SIZE + 20, 'right', SMALL);
}

// ---------------------------------------------------------------------------
// Heads and footers

/** The copy's label (第一联 …), boxed, centred between the codes. */
function copyLabel(c: Composer, label: string, left: number, right: number, y: number): void {
  const style: TextStyle = { size: 10.5, weight: 'bold' };
  const w = c.type.width(label, style.size, 'bold') + 16;
  const x = Math.max(left, (left + right) / 2 - w / 2);
  c.push({ kind: 'rect', x, y: y - 18, width: w, height: 18, stroke: BLACK, lineWidth: 0.8 });
  c.text(label, x, baselineIn(y, 18, style.size), w, 'center', style);
}

function mark(c: Composer, text: string | undefined): void {
  if (text === undefined || text === '') return;
  const style: TextStyle = { size: 14, weight: 'bold', color: RED };
  const w = c.type.width(text, style.size, 'bold') + 14;
  const top = PAGE.height - 16;
  c.push({ kind: 'rect', x: CONTENT.left - 30, y: top - 22, width: w, height: 22, stroke: RED, lineWidth: 1.2 });
  c.text(text, CONTENT.left - 30, baselineIn(top, 22, style.size), w, 'center', style);
}

/** First page of a copy: codes, copy label, red head, title. */
function head(c: Composer, doc: CounterDocument, copy: string | null, options: LayoutOptions): void {
  const top = CONTENT.top;
  mark(c, options.mark);
  // Code 128 wants a quiet zone of ten modules each side.
  const barsEnd = barcode(c, doc, CONTENT.left, top) + 10 * BAR_MODULE;
  if (doc.qr !== undefined) qrCode(c, doc.qr.text, doc.qr.caption, CONTENT.right, top);
  const codesStart = doc.qr === undefined ? CONTENT.right : CONTENT.right - QR_SIZE - 10;
  if (copy !== null) copyLabel(c, copy, barsEnd, codesStart, top);

  // The issuer's name fits between the barcode and the QR code, which hangs lower.
  let y = top - 53;
  const issuer: TextStyle = { size: 18, weight: 'bold', color: RED };
  c.text(doc.issuer, CONTENT.left, baselineIn(y, 24, issuer.size), CONTENT.width, 'center', issuer, 1.5);
  y -= 24;
  c.text(`文书编号：${doc.documentNumber}`, CONTENT.left, baselineIn(y, 16, 10), CONTENT.width, 'center', { size: 10 });
  y -= 20;
  // The red rule of an official head: a heavy line over a thin one.
  c.push({ kind: 'line', x1: CONTENT.left, y1: y, x2: CONTENT.right, y2: y, color: RED, width: 2 });
  c.push({ kind: 'line', x1: CONTENT.left, y1: y - 3.2, x2: CONTENT.right, y2: y - 3.2, color: RED, width: 0.6 });
  y -= 14;
  const title: TextStyle = { size: 22, weight: 'bold' };
  // Short titles are spaced out, as printed notices are.
  const spacing = [...doc.title].length <= 7 ? 6 : 1;
  c.text(doc.title, CONTENT.left, baselineIn(y, 32, title.size), CONTENT.width, 'center', title, spacing);
  y -= 32;
  if (doc.subtitle !== undefined) {
    c.text(doc.subtitle, CONTENT.left, baselineIn(y, 18, 11), CONTENT.width, 'center', { size: 11 });
    y -= 18;
  }
  c.y = y - 6;
}

/** Later pages of a copy: a slim head naming the document, so a loose page is identifiable. */
function continuationHead(c: Composer, doc: CounterDocument, options: LayoutOptions): void {
  mark(c, options.mark);
  const top = CONTENT.top;
  const style: TextStyle = { size: 10.5, weight: 'bold' };
  c.text(`${doc.title}（续）`, CONTENT.left, baselineIn(top, 18, style.size), CONTENT.width, 'left', style);
  c.text(`文书编号：${doc.documentNumber}`, CONTENT.left, baselineIn(top, 18, 9.5), CONTENT.width, 'right', { size: 9.5 });
  c.push({ kind: 'line', x1: CONTENT.left, y1: top - 22, x2: CONTENT.right, y2: top - 22, color: RED, width: 1 });
  c.y = top - 34;
}

/** 第 N 页 共 M 页 on every page of each copy, once the copy's length is known. */
function footers(c: Composer, doc: CounterDocument): void {
  const byCopy = new Map<number, number>();
  for (const p of c.pages) byCopy.set(p.copy, (byCopy.get(p.copy) ?? 0) + 1);
  const seen = new Map<number, number>();
  for (const p of c.pages) {
    const n = (seen.get(p.copy) ?? 0) + 1;
    seen.set(p.copy, n);
    const total = byCopy.get(p.copy) ?? n;
    const y = MARGIN.bottom - 28;
    const page = c.type.shape(`第 ${n} 页 共 ${total} 页`, 'regular');
    p.ops.push({ kind: 'line', x1: CONTENT.left, y1: y + 14, x2: CONTENT.right, y2: y + 14, color: { r: 0.7, g: 0.7, b: 0.7 }, width: 0.5 });
    const width = page.reduce((w, g) => w + g.advance, 0) * FOOTER.size;
    p.ops.push({ kind: 'text', x: PAGE.width / 2 - width / 2, y, size: FOOTER.size, color: FOOTER.color ?? BLACK, glyphs: page, spacing: 0 });
    const label = doc.copies[p.copy]?.label ?? null;
    const left = c.type.shape(doc.documentNumber, 'regular');
    p.ops.push({ kind: 'text', x: CONTENT.left, y, size: 8, color: GREY, glyphs: left, spacing: 0 });
    if (label !== null) {
      const right = c.type.shape(label, 'regular');
      const w = right.reduce((a, g) => a + g.advance, 0) * 8;
      p.ops.push({ kind: 'text', x: CONTENT.right - w, y, size: 8, color: GREY, glyphs: right, spacing: 0 });
    }
  }
}

// ---------------------------------------------------------------------------
// Sections

function heading(c: Composer, text: string | undefined, following: number): void {
  if (text === undefined) {
    c.y -= 4;
    return;
  }
  c.ensure(22 + following);
  c.y -= 3;
  c.text(text, CONTENT.left, baselineIn(c.y, 19, HEADING.size), CONTENT.width, 'left', HEADING);
  c.y -= 20;
}

function textSection(c: Composer, s: TextSection): void {
  heading(c, s.heading, BODY_LINE * 2);
  for (const p of s.paragraphs) c.paragraph(p, BODY, BODY_LINE, { indent: BODY.size * 2 });
}

function listSection(c: Composer, s: ListSection): void {
  heading(c, s.heading, BODY_LINE * 2);
  s.items.forEach((item, i) => {
    const marker = s.ordered ? `（${chineseOrdinal(i + 1)}）` : '· ';
    c.paragraph(item, BODY, BODY_LINE, { indent: BODY.size * 2, hanging: marker });
  });
}

const PAD_X = 5;
const PAD_Y = 2.5;

function fieldsSection(c: Composer, s: FieldsSection): void {
  if (s.fields.length === 0) return;
  const labelStyle = FIELD_LABEL;
  const widest = Math.max(...s.fields.map((f) => c.type.width(f.label, labelStyle.size)));
  const labelW = Math.min(128, Math.max(72, widest + 2 * PAD_X + 2));
  const halfValue = (CONTENT.width - 2 * labelW) / 2;
  const fits = (f: { label: string; value: string }): boolean =>
    c.type.width(f.value, FIELD.size) <= halfValue - 2 * PAD_X && c.type.width(f.label, labelStyle.size) <= labelW - 2 * PAD_X;
  const label = (text: string): GridCell => ({ text, width: labelW, align: 'left', style: labelStyle, fill: LIGHT_SHADE });
  const rows: GridCell[][] = [];
  for (let i = 0; i < s.fields.length; i++) {
    const f = s.fields[i] as { label: string; value: string };
    const next = s.fields[i + 1];
    // Two short fields share a row, as on printed forms; long values get the whole row.
    if (next !== undefined && fits(f) && fits(next)) {
      rows.push([
        label(f.label),
        { text: f.value, width: halfValue, align: 'left', style: FIELD },
        label(next.label),
        { text: next.value, width: halfValue, align: 'left', style: FIELD },
      ]);
      i++;
      continue;
    }
    rows.push([label(f.label), { text: f.value, width: CONTENT.width - labelW, align: 'left', style: FIELD }]);
  }
  heading(c, s.heading, FIELD_LINE + 2 * PAD_Y);
  drawGrid(c, CONTENT.left, rows, { lineHeight: FIELD_LINE, padX: PAD_X, padY: PAD_Y });
  c.y -= 6;
}

/**
 * Shares the width by the model's weights, but never narrower than the header on one
 * line (序号 must not wrap to 序/号): narrow columns take their minimum from the others.
 */
function columnWidths(c: Composer, s: TableSection): number[] {
  const minimum = s.columns.map((col) => c.type.width(col.header, TABLE_HEAD.size, 'bold') + 2 * PAD_X + 2);
  let fixed = new Set<number>();
  for (;;) {
    const freeWeight = s.columns.reduce((a, col, i) => (fixed.has(i) ? a : a + col.weight), 0);
    const freeWidth = CONTENT.width - [...fixed].reduce((a, i) => a + (minimum[i] as number), 0);
    const widths = s.columns.map((col, i) => (fixed.has(i) ? (minimum[i] as number) : (freeWidth * col.weight) / freeWeight));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < (minimum[i] as number));
    if (short < 0 || freeWeight === 0) return widths;
    fixed = new Set([...fixed, short]);
  }
}

function tableSection(c: Composer, s: TableSection): void {
  const widths = columnWidths(c, s);
  const header: GridCell[] = s.columns.map((col, i) => ({
    text: col.header,
    width: widths[i] as number,
    align: 'center',
    style: TABLE_HEAD,
    fill: SHADE,
  }));
  const rows: GridCell[][] = s.rows.map((row, r) => {
    if (row.length !== s.columns.length) {
      throw new RangeError(`table “${s.heading ?? ''}” row ${r + 1} has ${row.length} cells for ${s.columns.length} columns`);
    }
    return row.map((text, i) => ({ text, width: widths[i] as number, align: s.columns[i]?.align ?? 'left', style: TABLE }));
  });
  heading(c, s.heading, TABLE_LINE * 2 + 4 * PAD_Y);
  const continued = (cc: Composer): void => {
    if (s.heading === undefined) return;
    cc.text(`${s.heading}（续）`, CONTENT.left, baselineIn(cc.y, 20, HEADING.size), CONTENT.width, 'left', HEADING);
    cc.y -= 22;
  };
  if (rows.length === 0) {
    drawGrid(c, CONTENT.left, [[{ text: '（无）', width: CONTENT.width, align: 'center', style: TABLE }]], {
      lineHeight: TABLE_LINE,
      padX: PAD_X,
      padY: PAD_Y,
      header,
    });
  } else {
    drawGrid(c, CONTENT.left, rows, { lineHeight: TABLE_LINE, padX: PAD_X, padY: PAD_Y, header, continued });
  }
  if (s.summary !== undefined) {
    c.y -= 3;
    c.paragraph(s.summary, { size: 10 }, 16);
  }
  c.y -= 6;
}

function section(c: Composer, s: Section): void {
  switch (s.kind) {
    case 'text':
      return textSection(c, s);
    case 'list':
      return listSection(c, s);
    case 'fields':
      return fieldsSection(c, s);
    case 'table':
      return tableSection(c, s);
  }
}

function notes(c: Composer, items: readonly string[]): void {
  if (items.length === 0) return;
  c.ensure(22 + NOTE_LINE * 2);
  c.y -= 4;
  c.text('注意事项：', CONTENT.left, baselineIn(c.y, 18, 10.5), CONTENT.width, 'left', { size: 10.5, weight: 'bold' });
  c.y -= 18;
  items.forEach((note, i) => c.paragraph(note, NOTE, NOTE_LINE, { hanging: `${i + 1}. ` }));
}

// ---------------------------------------------------------------------------
// Signatures and seal (落款)

const SIGN_LINE = 26;
const SEAL_RADIUS = 45;

const signatureRows = (s: SignatureLine): number => (s.withDate ? 2 : 1);

/** 经办人：林晓岚 or 申请人（签字）：＿＿＿, with 日期：＿年＿月＿日 under it when asked. */
function signatureLine(c: Composer, s: SignatureLine, top: number): void {
  const style: TextStyle = { size: 11 };
  let base = baselineIn(top, SIGN_LINE, style.size);
  const labelWidth = c.text(`${s.label}：`, CONTENT.left, base, 220, 'left', style);
  const x = CONTENT.left + labelWidth;
  if (s.name !== undefined) {
    c.text(s.name, x, base, 220, 'left', style);
  } else {
    c.push({ kind: 'line', x1: x + 2, y1: base - 3, x2: x + 122, y2: base - 3, color: BLACK, width: 0.6 });
  }
  if (!s.withDate) return;
  base -= SIGN_LINE;
  let dx = x - c.type.width('日期：', style.size);
  dx += c.text('日期：', dx, base, 60, 'left', style);
  for (const [w, unit] of [[36, '年'], [22, '月'], [22, '日']] as const) {
    c.push({ kind: 'line', x1: dx + 2, y1: base - 3, x2: dx + 2 + w, y2: base - 3, color: BLACK, width: 0.6 });
    dx += w + 4;
    dx += c.text(unit, dx, base, 20, 'left', style);
  }
}

function closingHeight(doc: CounterDocument): number {
  const rows = doc.signatures.reduce((n, s) => n + signatureRows(s), 0);
  const height = Math.max(rows * SIGN_LINE, doc.seal === undefined ? 0 : 2 * SEAL_RADIUS + 26);
  return height === 0 ? 0 : height + 12;
}

function signaturesAndSeal(c: Composer, doc: CounterDocument): void {
  const height = closingHeight(doc) - 12;
  if (height <= 0) return;
  c.ensure(height + 12);
  c.y -= 12;
  const top = c.y;
  if (doc.seal !== undefined) {
    const seal = doc.seal;
    const authority: TextStyle = { size: 12 };
    const right = CONTENT.right - 8;
    const nameWidth = c.type.width(seal.authority, authority.size);
    const dateWidth = c.type.width(seal.date, authority.size);
    const cx = right - Math.max(nameWidth, dateWidth) / 2;
    const cy = top - SEAL_RADIUS - 4;
    // The seal lands over the authority's name and date, as stamped seals do.
    c.push({ kind: 'circle', x: cx, y: cy, radius: SEAL_RADIUS, color: RED, width: 0.8, dash: [3, 3] });
    c.text('（盖章）', cx - SEAL_RADIUS, cy + SEAL_RADIUS - 20, 2 * SEAL_RADIUS, 'center', { size: 9, color: RED });
    c.text(seal.authority, right - nameWidth, cy + 2, nameWidth, 'left', authority);
    c.text(seal.date, cx - dateWidth / 2, cy - 18, dateWidth, 'left', authority);
    c.text(`（${seal.sealName}）`, CONTENT.left, cy - SEAL_RADIUS - 14, right - CONTENT.left + 8, 'right', SMALL);
  }
  let y = top;
  for (const s of doc.signatures) {
    signatureLine(c, s, y);
    y -= signatureRows(s) * SIGN_LINE;
  }
  c.y = top - height;
}

// ---------------------------------------------------------------------------

export function layoutDocument(c: Composer, doc: CounterDocument, options: LayoutOptions = {}): void {
  const copies = doc.copies.length === 0 ? [{ label: null }] : doc.copies;
  copies.forEach((copy, i) => {
    c.startCopy(i, (cc) => continuationHead(cc, doc, options));
    head(c, doc, copy.label, options);
    if (doc.salutation !== undefined) {
      c.text(doc.salutation, CONTENT.left, baselineIn(c.y, BODY_LINE, BODY.size), CONTENT.width, 'left', BODY);
      c.y -= BODY_LINE;
    }
    for (const s of doc.sections) section(c, s);
    // 落款 (seal, date, signatures) follows the body; notes come last, as 附注 do.
    signaturesAndSeal(c, doc);
    notes(c, doc.notes);
  });
  footers(c, doc);
}
