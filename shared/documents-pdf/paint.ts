/**
 * Paints laid-out pages with pdf-lib. Only fonts that some text uses are embedded, each
 * as a subset whose name carries a subset tag (ABCDEF+Name) as the PDF spec asks, so
 * viewers and `pdffonts` know it is one.
 */
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import {
  LineCapStyle,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setCharacterSpacing,
  setLineWidth,
  setStrokingColor,
  setTextRenderingMode,
  TextRenderingMode,
} from 'pdf-lib';
import type { Op, PageLayout, Rgb, TextOp } from './compose';
import { PAGE } from './compose';
import type { Face, Glyphed } from './typeface';

const colour = (c: Rgb) => rgb(c.r, c.g, c.b);

/** Deterministic six-letter subset tag (same document → same bytes). */
export function subsetTag(seed: string): string {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + (i + 1) * 7919;
  }
  return tag;
}

/** Glyph features that would change which glyph a character gets: off, so measuring matches drawing. */
const FEATURES = { liga: false, clig: false, calt: false, dlig: false };

async function embedFaces(pdf: PDFDocument, pages: readonly PageLayout[], seed: string): Promise<Map<Face, PDFFont>> {
  const used = new Set<Face>();
  for (const p of pages) {
    for (const op of p.ops) {
      if (op.kind !== 'text') continue;
      for (const g of op.glyphs) if (g.face !== null) used.add(g.face);
    }
  }
  const fonts = new Map<Face, PDFFont>();
  for (const face of [...used].sort((a, b) => a.id - b.id)) {
    const name = (face.font.postscriptName ?? `Font${face.id}`).replace(/[^A-Za-z0-9-]/g, '');
    const customName = `${subsetTag(`${seed}/${face.id}/${name}`)}+${name}`;
    fonts.set(face, await pdf.embedFont(face.bytes, { subset: true, customName, features: FEATURES }));
  }
  return fonts;
}

interface Run {
  face: Face | null;
  fakeBold: boolean;
  text: string;
  advance: number;
  count: number;
}

function runsOf(glyphs: readonly Glyphed[]): Run[] {
  const runs: Run[] = [];
  for (const g of glyphs) {
    const last = runs[runs.length - 1];
    // Each missing character is its own run: it is drawn as a box, not as text.
    if (last && last.face === g.face && last.fakeBold === g.fakeBold && g.face !== null) {
      last.text += g.ch;
      last.advance += g.advance;
      last.count += 1;
    } else {
      runs.push({ face: g.face, fakeBold: g.fakeBold, text: g.ch, advance: g.advance, count: 1 });
    }
  }
  return runs;
}

/** A box the size of a character with its code point inside: visibly "a character is missing here". */
function missingBox(page: PDFPage, ch: string, x: number, y: number, size: number, color: Rgb, label: PDFFont | undefined): void {
  page.drawRectangle({
    x: x + size * 0.06,
    y: y - size * 0.1,
    width: size * 0.88,
    height: size * 0.96,
    borderColor: colour(color),
    borderWidth: Math.max(0.5, size * 0.05),
  });
  if (label === undefined) return;
  const hex = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase();
  const small = size * (hex.length > 4 ? 0.26 : 0.3);
  const w = label.widthOfTextAtSize(hex, small);
  page.drawText(hex, { x: x + size * 0.5 - w / 2, y: y + size * 0.3, size: small, font: label, color: colour(color) });
}

function paintText(page: PDFPage, op: TextOp, fonts: Map<Face, PDFFont>, label: PDFFont | undefined): void {
  let x = op.x;
  for (const run of runsOf(op.glyphs)) {
    const width = run.advance * op.size + op.spacing * run.count;
    if (run.face === null) {
      if (run.text.trim() !== '') missingBox(page, run.text, x, op.y, op.size, op.color, label);
      x += width;
      continue;
    }
    const font = fonts.get(run.face);
    if (font === undefined) throw new Error('a face used by the layout was not embedded');
    // Synthetic bold and letter spacing live in the graphics state around pdf-lib's own text object.
    page.pushOperators(pushGraphicsState());
    if (op.spacing !== 0) page.pushOperators(setCharacterSpacing(op.spacing));
    if (run.fakeBold) {
      page.pushOperators(
        setTextRenderingMode(TextRenderingMode.FillAndOutline),
        setLineWidth(op.size * 0.035),
        setStrokingColor(colour(op.color)),
      );
    }
    page.drawText(run.text, { x, y: op.y, size: op.size, font, color: colour(op.color) });
    page.pushOperators(popGraphicsState());
    x += width;
  }
}

function paintOp(page: PDFPage, op: Op, fonts: Map<Face, PDFFont>, label: PDFFont | undefined): void {
  switch (op.kind) {
    case 'text':
      return paintText(page, op, fonts, label);
    case 'rect':
      page.drawRectangle({
        x: op.x,
        y: op.y,
        width: op.width,
        height: op.height,
        color: op.fill === undefined ? undefined : colour(op.fill),
        borderColor: op.stroke === undefined ? undefined : colour(op.stroke),
        borderWidth: op.stroke === undefined ? 0 : (op.lineWidth ?? 0.6),
      });
      return;
    case 'line':
      page.drawLine({
        start: { x: op.x1, y: op.y1 },
        end: { x: op.x2, y: op.y2 },
        thickness: op.width,
        color: colour(op.color),
        dashArray: op.dash,
        lineCap: LineCapStyle.Butt,
      });
      return;
    case 'circle':
      page.drawCircle({
        x: op.x,
        y: op.y,
        size: op.radius,
        borderColor: colour(op.color),
        borderWidth: op.width,
        borderDashArray: op.dash,
      });
      return;
  }
}

export async function paint(pdf: PDFDocument, pages: readonly PageLayout[], primary: Face, seed: string): Promise<void> {
  const fonts = await embedFaces(pdf, pages, seed);
  // Code points in missing-glyph boxes are written in the primary font (digits, A–F).
  const hasMissing = pages.some((p) => p.ops.some((op) => op.kind === 'text' && op.glyphs.some((g) => g.face === null && g.ch.trim() !== '')));
  let label = fonts.get(primary);
  if (hasMissing && label === undefined) {
    label = await pdf.embedFont(primary.bytes, { subset: true, customName: `${subsetTag(`${seed}/label`)}+Label`, features: FEATURES });
  }
  for (const layout of pages) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    for (const op of layout.ops) paintOp(page, op, fonts, label);
  }
}
