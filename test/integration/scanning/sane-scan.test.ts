/**
 * The real scan path: SANE's `test` backend (sane-utils, installed by .ci/setup-scanning.sh)
 * driven through the real adapter, its pages through the real pipeline into stored JPEGs
 * and one combined PDF checked with poppler's pdfinfo. The test backend's ADF feeds 10
 * pages and then reports an empty feeder, like a real one.
 *
 * Where scanimage is missing the SANE tests are skipped, loudly; REQUIRE_SANE=1 makes that
 * an error.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combineToPdf, processPage, sha256Hex } from '../../../electron/main/services/scanning/pipeline';
import { SaneScanner, saneError } from '../../../electron/main/services/scanning/sane-scanner';
import { ScanError } from '../../../electron/main/services/scanning/scanner';

const env = { ...process.env, LANG: 'C', LC_ALL: 'C' };
const run = promisify(execFile);

function probe(): string | undefined {
  if (spawnSync('scanimage', ['--version'], { env }).error) return 'scanimage (sane-utils) is not installed; run .ci/setup-scanning.sh';
  if (spawnSync('pdfinfo', ['-v'], { env }).error) return 'pdfinfo (poppler-utils) is not installed';
  return undefined;
}
const skipReason = probe();
if (skipReason) {
  const message = `Real SANE scanning tests are SKIPPED: ${skipReason}.`;
  console.warn(`\n${'!'.repeat(message.length)}\n${message}\n${'!'.repeat(message.length)}\n`);
  if (process.env.REQUIRE_SANE === '1') throw new Error(`${message} REQUIRE_SANE=1 makes this an error.`);
}
const sane = skipReason ? describe.skip : describe;

const TEST_DEVICE = { id: 'test', vendor: 'Noname', model: 'frontend-tester', type: 'virtual device' };
let store: string;
beforeAll(async () => {
  store = await mkdtemp(path.join(tmpdir(), 'scan-store-'));
});
afterAll(async () => {
  await rm(store, { recursive: true, force: true });
});

sane('SANE test backend through the real adapter', () => {
  const scanner = new SaneScanner({ extraDevices: [TEST_DEVICE], deviceArgs: { test: ['--test-picture', 'Grid'] } });

  it('lists devices, with the training device added', async () => {
    const devices = await scanner.listDevices();
    expect(devices.map((d) => d.id)).toContain('test');
  });

  it('scans a 10-page ADF batch into 10 stored grey JPEG pages within budget and one 10-page PDF', async () => {
    const pages = await scanner.scan({ device: 'test', source: 'adf', mode: 'gray', dpi: 200, areaMm: { width: 200, height: 200 } });
    expect(pages).toHaveLength(10);
    expect(pages.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const first = await sharp(pages[0]!.bytes).metadata();
    expect(first.format).toBe('png');
    // 200 mm at 200 dpi ≈ 1575 px.
    expect(first.width).toBeGreaterThan(1500);
    // A grid, not a blank page: both ink and paper.
    const { channels } = await sharp(pages[0]!.bytes).stats();
    expect(channels[0]!.min).toBeLessThan(64);
    expect(channels[0]!.max).toBeGreaterThan(192);

    const processed = [];
    for (const p of pages) {
      const page = await processPage(p.bytes, { color: 'gray', sourceDpi: p.dpi });
      // Stored by content address, like the blob store.
      await writeFile(path.join(store, `${page.sha256}.jpg`), page.jpeg);
      processed.push(page);
    }
    const stored = (await readdir(store)).filter((f) => f.endsWith('.jpg'));
    // The test backend's pages are identical, so they share one content address…
    expect(stored.length).toBeGreaterThanOrEqual(1);
    for (const page of processed) {
      expect(page.jpeg.length).toBeLessThanOrEqual(250_000);
      expect(sha256Hex(await readFile(path.join(store, `${page.sha256}.jpg`)))).toBe(page.sha256);
      const meta = await sharp(page.jpeg).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.channels).toBe(1);
      expect(page.thumbnail.length).toBeGreaterThan(0);
      expect((await sharp(page.thumbnail).metadata()).width).toBeLessThanOrEqual(240);
    }
    const pdf = await combineToPdf(processed);
    const pdfPath = path.join(store, 'material.pdf');
    await writeFile(pdfPath, pdf);
    const { stdout } = await run('pdfinfo', [pdfPath], { env });
    expect(stdout).toMatch(/^Pages:\s+10$/m);
    // 200 mm square pages: 566.9 pt.
    expect(stdout).toMatch(/Page size:\s+56[67]\.\d+ x 56[67]\.\d+ pts/);
  });

  it('takes only the asked number of pages and scans the flatbed in colour', async () => {
    const three = await scanner.scan({ device: 'test', source: 'adf', mode: 'gray', dpi: 100, pages: 3 });
    expect(three).toHaveLength(3);
    const [flat] = await scanner.scan({ device: 'test', source: 'flatbed', mode: 'color', dpi: 100, areaMm: { width: 50, height: 50 } });
    expect((await sharp(flat!.bytes).metadata()).channels).toBe(3);
    const page = await processPage(flat!.bytes, { color: 'color', sourceDpi: 100 });
    expect((await sharp(page.jpeg).metadata()).channels).toBe(3);
  });

  it('names a missing device in Chinese', async () => {
    const e = await scanner.scan({ device: 'nosuch:0', source: 'flatbed', mode: 'gray', dpi: 100 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ScanError);
    expect(e).toMatchObject({ code: 'SCANNER_NOT_FOUND' });
    expect((e as ScanError).message).toMatch(/未找到扫描仪/);
    // Asking for the feeder of a missing device is the same answer, not "no feeder".
    await expect(scanner.scan({ device: 'nosuch:1', source: 'adf', mode: 'gray', dpi: 100 })).rejects.toMatchObject({ code: 'SCANNER_NOT_FOUND' });
  });

  it('reads the real complaint of a busy device, and a jammed feeder', async () => {
    // spawnSync blocks the worker, so a hung scanimage must be killed by its own timeout.
    const busy = spawnSync('scanimage', ['-d', 'test', '--format=png', '--read-return-value', 'SANE_STATUS_DEVICE_BUSY', '-o', path.join(store, 'busy.png')], {
      env,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(busy.error).toBeUndefined();
    expect(saneError(busy.stderr, 'test').code).toBe('SCANNER_BUSY');
    expect(saneError(busy.stderr, 'test').message).toMatch(/占用/);
    // The test backend asked for SANE_STATUS_JAMMED sometimes never returns (seen in CI), so
    // the jam is checked on scanimage's message for that status rather than a live run.
    expect(saneError('scanimage: sane_read: Document feeder jammed\n', 'test').code).toBe('SCANNER_JAMMED');
  });
});

describe('scanimage missing', () => {
  it('says the scanning software is not installed', async () => {
    const scanner = new SaneScanner({ scanimagePath: '/nonexistent/scanimage' });
    const e = await scanner.listDevices().catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'SCANNER_SOFTWARE_MISSING' });
    expect((e as ScanError).message).toMatch(/未安装扫描程序/);
  });
});
