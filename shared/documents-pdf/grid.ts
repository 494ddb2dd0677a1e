/**
 * Ruled grids: the tables of a document (materials, items handed over) and the boxed
 * label/value forms of its fields. Cells wrap; a row that does not fit goes to the next
 * page under a repeated header; a row taller than a whole page is split between pages
 * line by line rather than cut off.
 */
import type { Align, Composer, Rgb, TextStyle } from './compose';
import { baselineIn, RULE } from './compose';
import type { Glyphed } from './typeface';

export interface GridCell {
  text: string;
  width: number;
  align: Align;
  style: TextStyle;
  fill?: Rgb;
}

interface LaidCell extends GridCell {
  x: number;
  lines: Glyphed[][];
}

export interface GridOptions {
  lineHeight: number;
  /** Vertical padding inside a cell. */
  padY: number;
  /** Horizontal padding inside a cell. */
  padX: number;
  /** Drawn at the top of the grid and again on every page it continues onto. */
  header?: GridCell[];
  /** Drawn above the repeated header on continuation pages (e.g. 材料清单（续）). */
  continued?: (c: Composer) => void;
}

const RULE_WIDTH = 0.6;

function lay(c: Composer, cells: GridCell[], x0: number, padX: number): LaidCell[] {
  let x = x0;
  return cells.map((cell) => {
    const laid: LaidCell = { ...cell, x, lines: c.lines(cell.text, cell.width - 2 * padX, cell.style) };
    x += cell.width;
    return laid;
  });
}

const linesIn = (cells: LaidCell[]): number => Math.max(1, ...cells.map((cell) => cell.lines.length));

/** Draws lines [from, from + count) of every cell as one ruled row of `height`, top at c.y. */
function drawSlice(c: Composer, cells: LaidCell[], from: number, count: number, height: number, o: GridOptions): void {
  const top = c.y;
  for (const cell of cells) {
    c.push({ kind: 'rect', x: cell.x, y: top - height, width: cell.width, height, fill: cell.fill, stroke: RULE, lineWidth: RULE_WIDTH });
    const shown = cell.lines.slice(from, from + count);
    // Cells with fewer lines than the row are centred vertically.
    const blockTop = top - (height - shown.length * o.lineHeight) / 2;
    shown.forEach((line, k) => {
      const baseline = baselineIn(blockTop - k * o.lineHeight, o.lineHeight, cell.style.size);
      c.glyphs(line, cell.x + o.padX, baseline, cell.width - 2 * o.padX, cell.align, cell.style);
    });
  }
  c.y -= height;
}

/** Draws rows at c.y, moving down and over pages. `x0` is the grid's left edge. */
export function drawGrid(c: Composer, x0: number, rows: GridCell[][], o: GridOptions): void {
  const header = o.header === undefined ? null : lay(c, o.header, x0, o.padX);
  const headerHeight = header === null ? 0 : linesIn(header) * o.lineHeight + 2 * o.padY;
  let freshTop = Number.NaN;

  const drawHeader = (): void => {
    if (header !== null) drawSlice(c, header, 0, linesIn(header), headerHeight, o);
    freshTop = c.y;
  };
  const breakPage = (): void => {
    c.newPage();
    o.continued?.(c);
    drawHeader();
  };

  const laidRows = rows.map((row) => lay(c, row, x0, o.padX));
  const first = laidRows[0];
  // Keep the header with the first row.
  c.ensure(headerHeight + (first === undefined ? 0 : linesIn(first) * o.lineHeight + 2 * o.padY));
  drawHeader();

  for (const cells of laidRows) {
    const total = linesIn(cells);
    const height = total * o.lineHeight + 2 * o.padY;
    if (height <= c.room) {
      drawSlice(c, cells, 0, total, height, o);
      continue;
    }
    if (c.y !== freshTop && height <= c.pageRoom - headerHeight) {
      breakPage();
      drawSlice(c, cells, 0, total, height, o);
      continue;
    }
    // Taller than what is left of a fresh page: split it line by line.
    let from = 0;
    while (from < total) {
      const fit = Math.floor((c.room - 2 * o.padY) / o.lineHeight);
      if (fit < 1) {
        breakPage();
        continue;
      }
      const count = Math.min(fit, total - from);
      drawSlice(c, cells, from, count, count * o.lineHeight + 2 * o.padY, o);
      from += count;
      if (from < total) breakPage();
    }
  }
}
