/**
 * Reading a rendered PDF the way a viewer or printer does, with poppler (Debian's
 * poppler-utils): pdftotext for the text layer and word boxes, pdftoppm for pixels,
 * pdffonts for what is embedded. poppler is also the strictest common reader of fonts:
 * it complains about a broken subset on stderr, which the tests treat as a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const hasTool = (name: string): boolean => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;

/** These tests are the point of the exercise: without poppler they fail, they do not skip. */
export function requirePoppler(): void {
  const missing = ['pdftotext', 'pdftoppm', 'pdffonts'].filter((t) => !hasTool(t));
  if (missing.length > 0) throw new Error(`poppler-utils needed (${missing.join(', ')}): apt-get install -y poppler-utils`);
}

export interface Run {
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[]): Run {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export interface Word {
  text: string;
  /** Points, origin top left (pdftotext -bbox). */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Gray {
  width: number;
  height: number;
  dpi: number;
  /** One byte per pixel, 0 black … 255 white. */
  pixels: Uint8Array;
}

export class PdfFile {
  readonly dir: string;
  readonly file: string;

  constructor(bytes: Uint8Array) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'documents-pdf-'));
    this.file = path.join(this.dir, 'doc.pdf');
    writeFileSync(this.file, bytes);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Text in content-stream order (-raw): a wrapped cell's lines stay together. */
  text(page?: number): Run {
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    return run('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, this.file, '-']);
  }

  fonts(): { rows: FontRow[]; stderr: string } {
    const r = run('pdffonts', [this.file]);
    const rows = r.stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((line) => {
        // name, type (may contain spaces), encoding, emb, sub, uni, object, generation
        const m = /^(\S+)\s+(.+?)\s+(Identity-H|WinAnsi|Custom|Builtin|\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
        if (!m) throw new Error(`unreadable pdffonts line: ${line}`);
        return { name: m[1] as string, type: m[2] as string, embedded: m[4] === 'yes', subset: m[5] === 'yes', unicode: m[6] === 'yes' };
      });
    return { rows, stderr: r.stderr };
  }

  words(page: number): Word[] {
    const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), this.file, '-']).stdout;
    const words: Word[] = [];
    const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (let m = re.exec(html); m !== null; m = re.exec(html)) {
      words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decode(m[5] as string) });
    }
    return words;
  }

  /** One page rasterised in grey; stderr is returned so a font error can fail the test. */
  raster(page: number, dpi: number): { image: Gray; stderr: string } {
    const out = path.join(this.dir, `p${page}-${dpi}`);
    const r = run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', this.file, out]);
    return { image: { ...readPgm(readFileSync(`${out}.pgm`)), dpi }, stderr: r.stderr };
  }

  /** PNG of a page at 300 dpi, for a barcode reader. */
  png(page: number, dpi = 300): string {
    const out = path.join(this.dir, `scan${page}`);
    run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', this.file, out]);
    return `${out}.png`;
  }
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

function readPgm(buf: Buffer): { width: number; height: number; pixels: Uint8Array } {
  // P5 <w> <h> <max>\n<bytes>
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos] as number))) pos++;
    let tok = '';
    while (!/\s/.test(String.fromCharCode(buf[pos] as number))) tok += String.fromCharCode(buf[pos++] as number);
    fields.push(tok);
  }
  pos++;
  if (fields[0] !== 'P5' || fields[3] !== '255') throw new Error(`not an 8-bit PGM: ${fields.join(' ')}`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, pixels: new Uint8Array(buf.buffer, buf.byteOffset + pos, width * height) };
}

/** Dark pixels (< 128) inside a box given in points (origin top left). */
export function inkIn(img: Gray, box: { xMin: number; yMin: number; xMax: number; yMax: number }): number {
  const s = img.dpi / 72;
  const x0 = Math.max(0, Math.floor(box.xMin * s));
  const x1 = Math.min(img.width, Math.ceil(box.xMax * s));
  const y0 = Math.max(0, Math.floor(box.yMin * s));
  const y1 = Math.min(img.height, Math.ceil(box.yMax * s));
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) if ((img.pixels[y * img.width + x] as number) < 128) n++;
  }
  return n;
}

/** Whitespace removed: wrapped lines and justified spacing do not matter for "is it there". */
export const squash = (s: string): string => s.replace(/\s+/g, '');
