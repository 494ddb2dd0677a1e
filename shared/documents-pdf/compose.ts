/**
 * Page geometry and the drawing list. Layout runs first and produces, per page, a list
 * of drawing operations in PDF points (origin bottom left); painting comes after, once
 * the number of pages of each copy is known (第 1 页 共 N 页) and once it is known which
 * fonts the document really uses (only those are embedded).
 */
import { breakLines } from './line-break';
import type { Glyphed, Typeface, Weight } from './typeface';
import { widthOf } from './typeface';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export const BLACK: Rgb = { r: 0, g: 0, b: 0 };
/** The red of an official document's head (版头) and seal outline. */
export const RED: Rgb = { r: 0.78, g: 0.06, b: 0.08 };
export const GREY: Rgb = { r: 0.4, g: 0.4, b: 0.4 };
export const RULE: Rgb = { r: 0.25, g: 0.25, b: 0.25 };
export const SHADE: Rgb = { r: 0.93, g: 0.93, b: 0.93 };
export const LIGHT_SHADE: Rgb = { r: 0.965, g: 0.965, b: 0.965 };

export interface TextOp {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  color: Rgb;
  glyphs: Glyphed[];
  /** Extra space after each character (justified lines, spaced titles). */
  spacing: number;
}

export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: Rgb;
  stroke?: Rgb;
  lineWidth?: number;
}

export interface LineOp {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: Rgb;
  width: number;
  dash?: number[];
}

export interface CircleOp {
  kind: 'circle';
  x: number;
  y: number;
  radius: number;
  color: Rgb;
  width: number;
  dash?: number[];
}

export type Op = TextOp | RectOp | LineOp | CircleOp;

export interface PageLayout {
  /** Index of the copy (联) this page belongs to. */
  copy: number;
  ops: Op[];
}

/** A4 in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 56.7, right: 56.7, top: 36, bottom: 50 } as const;
export const CONTENT = {
  left: MARGIN.left,
  right: PAGE.width - MARGIN.right,
  width: PAGE.width - MARGIN.left - MARGIN.right,
  top: PAGE.height - MARGIN.top,
  bottom: MARGIN.bottom,
} as const;

export type Align = 'left' | 'center' | 'right';

export interface TextStyle {
  size: number;
  weight?: Weight;
  color?: Rgb;
}

/** Baseline that centres the ideographic em box (−0.12 em … 0.88 em) in a line box. */
export const baselineIn = (top: number, lineHeight: number, size: number): number => top - lineHeight / 2 - 0.38 * size;

export class Composer {
  readonly pages: PageLayout[] = [];
  /** Top of the free space on the current page, moving down. */
  y: number = CONTENT.top;
  private copy = 0;
  private continuation: (c: Composer) => void = () => {};

  constructor(readonly type: Typeface) {}

  get page(): PageLayout {
    const p = this.pages[this.pages.length - 1];
    if (!p) throw new Error('no page started');
    return p;
  }

  /** Starts the first page of a copy; `continuation` draws the head of its later pages. */
  startCopy(copy: number, continuation: (c: Composer) => void): void {
    this.copy = copy;
    this.continuation = continuation;
    this.pages.push({ copy, ops: [] });
    this.y = CONTENT.top;
  }

  newPage(): void {
    this.pages.push({ copy: this.copy, ops: [] });
    this.y = CONTENT.top;
    this.continuation(this);
  }

  /** Room left on this page above the bottom margin. */
  get room(): number {
    return this.y - CONTENT.bottom;
  }

  /** Starts a new page unless `height` fits; true when it did. */
  ensure(height: number): boolean {
    if (height <= this.room) return false;
    this.newPage();
    return true;
  }

  /** Full content height of a page after the continuation head. */
  get pageRoom(): number {
    return CONTENT.top - CONTENT.bottom - 40;
  }

  push(op: Op): void {
    this.page.ops.push(op);
  }

  shape(text: string, weight: Weight = 'regular'): Glyphed[] {
    return this.type.shape(text, weight);
  }

  /** Breaks text into lines of at most `width` points. */
  lines(text: string, width: number, style: TextStyle): Glyphed[][] {
    return breakLines(this.shape(text, style.weight ?? 'regular'), width / style.size);
  }

  /** One line of glyphs at a baseline, aligned in [x, x + width]. */
  glyphs(glyphs: Glyphed[], x: number, y: number, width: number, align: Align, style: TextStyle, spacing = 0): void {
    if (glyphs.length === 0) return;
    const w = (widthOf(glyphs) + spacing * Math.max(0, glyphs.length - 1) / style.size) * style.size;
    const left = align === 'left' ? x : align === 'center' ? x + (width - w) / 2 : x + width - w;
    this.push({ kind: 'text', x: left, y, size: style.size, color: style.color ?? BLACK, glyphs, spacing });
  }

  /** A single line of text (never wrapped) aligned in [x, x + width]. */
  text(text: string, x: number, y: number, width: number, align: Align, style: TextStyle, spacing = 0): number {
    const g = this.shape(text, style.weight ?? 'regular');
    this.glyphs(g, x, y, width, align, style, spacing);
    return (widthOf(g) * style.size) + spacing * Math.max(0, g.length - 1);
  }

  /**
   * Wrapped paragraph flowing down the page (and over pages), first line indented.
   * Lines but the last are justified when the stretch is small, as printed Chinese is.
   */
  paragraph(text: string, style: TextStyle, lineHeight: number, opts: { indent?: number; hanging?: string; x?: number; width?: number } = {}): void {
    const x = opts.x ?? CONTENT.left;
    const width = opts.width ?? CONTENT.width;
    const indent = opts.indent ?? 0;
    const hangingWidth = opts.hanging === undefined ? 0 : this.type.width(opts.hanging, style.size, style.weight);
    const body = this.shape(text, style.weight ?? 'regular');
    // With a hanging marker（一）every line starts under the first line's text.
    const lead = opts.hanging === undefined ? 0 : indent;
    const lines = breakLines(body, (width - hangingWidth - lead) / style.size, (width - hangingWidth - indent) / style.size);
    lines.forEach((line, i) => {
      this.ensure(lineHeight);
      const baseline = baselineIn(this.y, lineHeight, style.size);
      if (i === 0 && opts.hanging !== undefined) this.text(opts.hanging, x + indent, baseline, hangingWidth, 'left', style);
      const offset = hangingWidth + (i === 0 ? indent : lead);
      const lx = x + offset;
      const lw = width - offset;
      const last = i === lines.length - 1;
      const natural = widthOf(line) * style.size;
      const stretch = line.length > 1 ? (lw - natural) / (line.length - 1) : 0;
      const spacing = !last && stretch > 0 && stretch < style.size * 0.08 ? stretch : 0;
      this.glyphs(line, lx, baseline, lw, 'left', style, spacing);
      this.y -= lineHeight;
    });
  }
}
