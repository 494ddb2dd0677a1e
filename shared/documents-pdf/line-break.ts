/**
 * Line breaking for Chinese text mixed with numbers and URLs: a line may break between
 * any two Chinese characters, but not inside a run of ASCII (an identity number, a case
 * number, a URL) unless the run alone is wider than the line; closing punctuation never
 * starts a line and opening punctuation never ends one (避头尾, GB/T 15834 practice).
 */
import type { Glyphed } from './typeface';
import { widthOf } from './typeface';

/** May not start a line. */
const NO_START = new Set([...'，。、；：？！）】」』》〉〕｝”’…—·%‰,.;:!?)]}％・～']);
/** May not end a line. */
const NO_END = new Set([...'（【「『《〈〔｛“‘([{']);

interface Atom {
  glyphs: Glyphed[];
  width: number;
  space: boolean;
}

const isSpace = (g: Glyphed): boolean => g.ch === ' ' || g.ch === '\u3000';
const isAsciiWord = (g: Glyphed): boolean => g.ch.length === 1 && g.ch > ' ' && g.ch <= '~';

function atomsOf(glyphs: readonly Glyphed[]): Atom[] {
  const atoms: Atom[] = [];
  for (let i = 0; i < glyphs.length; ) {
    const g = glyphs[i] as Glyphed;
    let j = i + 1;
    if (isAsciiWord(g)) {
      while (j < glyphs.length && isAsciiWord(glyphs[j] as Glyphed)) j++;
    }
    const part = glyphs.slice(i, j);
    atoms.push({ glyphs: part, width: widthOf(part), space: isSpace(g) });
    i = j;
  }
  return atoms;
}

const single = (g: Glyphed): Atom => ({ glyphs: [g], width: g.advance, space: isSpace(g) });

function trimEnd(atoms: Atom[]): Atom[] {
  let end = atoms.length;
  while (end > 0 && (atoms[end - 1] as Atom).space) end--;
  return atoms.slice(0, end);
}

/**
 * Breaks shaped text into lines no wider than `maxWidth` (in the glyphs' unit: em at
 * 1 pt, so pass width / size); the first line may have its own width (an indent).
 * Always returns at least one line (possibly empty).
 */
export function breakLines(glyphs: readonly Glyphed[], maxWidth: number, firstWidth = maxWidth): Glyphed[][] {
  const lines: Atom[][] = [];
  let line: Atom[] = [];
  let width = 0;
  const flush = (): void => {
    lines.push(trimEnd(line));
    line = [];
    width = 0;
  };
  const place = (atom: Atom, kinsoku: boolean): void => {
    if (atom.space && line.length === 0) return;
    const limit = lines.length === 0 ? firstWidth : maxWidth;
    if (width + atom.width <= limit + 1e-9 || line.length === 0) {
      line.push(atom);
      width += atom.width;
      return;
    }
    if (atom.space) {
      flush();
      return;
    }
    const carried: Atom[] = [];
    if (kinsoku) {
      const first = atom.glyphs[0]?.ch ?? '';
      // Pull the last character down with the punctuation rather than start a line with it.
      if (NO_START.has(first) && trimEnd(line).length > 1) {
        line = trimEnd(line);
        carried.unshift(line.pop() as Atom);
      }
      while (line.length > 1 && NO_END.has((line[line.length - 1] as Atom).glyphs.at(-1)?.ch ?? '')) {
        carried.unshift(line.pop() as Atom);
      }
    }
    flush();
    for (const a of carried) {
      line.push(a);
      width += a.width;
    }
    // The carried characters and the atom may not fit together (e.g. "（" + a long word):
    // never overflow for the sake of kinsoku — the carried part keeps a line of its own.
    if (carried.length > 0 && width + atom.width > maxWidth + 1e-9) flush();
    line.push(atom);
    width += atom.width;
  };
  for (const atom of atomsOf(glyphs)) {
    if (!atom.space && atom.width > Math.min(maxWidth, firstWidth) && atom.glyphs.length > 1) {
      // A run wider than the line: break it anywhere (a long URL).
      for (const g of atom.glyphs) place(single(g), false);
      continue;
    }
    place(atom, true);
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines.map((atoms) => atoms.flatMap((a) => a.glyphs));
}
