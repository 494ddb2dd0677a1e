/**
 * SANE (Linux, also the domestic UOS / Kylin builds) through its command-line front end,
 * `scanimage`, run with argument arrays (no shell) and LANG=C so its complaints can be read.
 *
 * Every scan is a `--batch` into a private temporary folder, also on the flatbed (with
 * `--batch-count=1`): one code path, and scanimage writes each page under a `.part` name
 * until it is complete, so an interrupted page is never taken for a page.
 *
 * Source names differ between backends ("Flatbed", "ADF", "Automatic Document Feeder",
 * "ADF Front"…): they are read from `scanimage -d <device> --help` once per device.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ScanError, type ScanOptions, type ScannedPage, type Scanner, type ScannerDevice, type ScanSource } from './scanner';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs a program (no shell); rejects only when it could not be started (ENOENT…). */
export type RunCommand = (file: string, args: readonly string[], timeoutMs: number) => Promise<CommandResult>;

export const runCommand: RunCommand = (file, args, timeoutMs) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { env: { ...process.env, LANG: 'C', LC_ALL: 'C' }, timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (error && typeof error.code === 'string') return reject(error);
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, timedOut: Boolean(error?.killed) });
      },
    );
  });

const FIELD = '\u001f';

/** Lines of `scanimage -L` in its default wording: device `test:0' is a Noname frontend-tester virtual device */
export function parseScanimageList(stdout: string): ScannerDevice[] {
  const devices: ScannerDevice[] = [];
  for (const line of stdout.split('\n')) {
    if (line.includes(FIELD)) {
      const [id = '', vendor = '', model = '', type = ''] = line.split(FIELD);
      if (id) devices.push({ id, vendor, model, type });
      continue;
    }
    const m = /^device [`'‘](.+?)['’] is an? (\S+) (.*?)\s*$/.exec(line.trim());
    if (!m) continue;
    const [, id = '', vendor = '', rest = ''] = m;
    // "<model> <type…>": the type is the known tail ("flatbed scanner", "virtual device"…).
    const t = /\s((?:flatbed|sheetfed|handheld|multi-function|virtual|film|video|still)\b.*)$/i.exec(rest);
    devices.push({ id, vendor, model: t ? rest.slice(0, t.index).trim() : rest, type: t?.[1] ?? '' });
  }
  return devices;
}

/** The values of `--source` in `scanimage -d X --help`, e.g. ["Flatbed", "Automatic Document Feeder"]. */
export function parseSourceOption(helpText: string): string[] {
  const m = /^\s*--source\s+(.+?)\s+\[[^\]]*\]\s*$/m.exec(helpText);
  return m?.[1] ? m[1].split('|').map((s) => s.trim()).filter(Boolean) : [];
}

export function pickSource(available: readonly string[], wanted: ScanSource): string | undefined {
  const pattern = wanted === 'adf' ? /adf|feeder|automatic|duplex/i : /flatbed|platen|normal/i;
  return available.find((s) => pattern.test(s) && !(wanted === 'adf' && /duplex/i.test(s))) ?? available.find((s) => pattern.test(s));
}

export const scannerSoftwareMissing = (detail = '') =>
  new ScanError('SCANNER_SOFTWARE_MISSING', '本机未安装扫描程序（SANE 的 scanimage），无法使用扫描仪；请联系信息技术人员安装 sane-utils', detail);

/** Turns scanimage's complaint (LANG=C) into an error the clerk can act on. */
export function saneError(stderr: string, device: string, timedOut = false): ScanError {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l && !/^Scann(ing|ed) page|^Batch terminated/.test(l));
  const detail = lines.find((l) => l.startsWith('scanimage:')) ?? lines[0] ?? '';
  if (timedOut) return new ScanError('SCANNER_TIMEOUT', '扫描仪长时间没有响应，请检查扫描仪电源和连接线后重试', detail || 'timed out');
  if (/device busy/i.test(stderr)) return new ScanError('SCANNER_BUSY', '扫描仪正被其他程序或其他扫描任务占用，请稍候再试；如持续出现请重启扫描仪', detail);
  if (/no SANE devices found|open of device .* failed: (invalid argument|no such|not found)|unknown device/i.test(stderr))
    return new ScanError('SCANNER_NOT_FOUND', `未找到扫描仪（${device}），请确认扫描仪已开机并连接，然后点击“刷新设备”`, detail);
  if (/out of documents|no docs/i.test(stderr)) return new ScanError('SCANNER_NO_PAPER', '进纸器中没有纸张，请放入材料后重试', detail);
  if (/jammed/i.test(stderr)) return new ScanError('SCANNER_JAMMED', '扫描仪卡纸，请取出卡住的纸张后重新扫描', detail);
  if (/cover open/i.test(stderr)) return new ScanError('SCANNER_COVER_OPEN', '扫描仪盖板未合上，请合上后重试', detail);
  if (/access (to resource has been )?denied|permission denied/i.test(stderr))
    return new ScanError('SCAN_FAILED', '本机用户没有使用扫描仪的权限，请联系信息技术人员（需加入 scanner 用户组）', detail);
  return new ScanError('SCAN_FAILED', `扫描失败：${detail || '扫描程序未说明原因'}，请重试；如持续出现请联系信息技术人员`, detail);
}

export interface SaneScannerOptions {
  /** Path of scanimage; default from PATH. */
  scanimagePath?: string;
  run?: RunCommand;
  /**
   * Devices to list although `scanimage -L` does not (SANE's `test` backend is listed only
   * when enabled in dll.conf; training terminals add it here).
   */
  extraDevices?: ScannerDevice[];
  /** Time allowed per page before the scan counts as hung (a real ADF page takes seconds). */
  perPageTimeoutMs?: number;
  /**
   * Backend-specific options per device id, set by IT in the terminal configuration (e.g.
   * `{ test: ['--test-picture', 'Grid'] }` for training). Passed as arguments, never through a shell.
   */
  deviceArgs?: Record<string, readonly string[]>;
}

export class SaneScanner implements Scanner {
  private readonly bin: string;
  private readonly run: RunCommand;
  private readonly sources = new Map<string, string[]>();

  constructor(private readonly options: SaneScannerOptions = {}) {
    this.bin = options.scanimagePath ?? 'scanimage';
    this.run = options.run ?? runCommand;
  }

  private async exec(args: readonly string[], timeoutMs: number): Promise<CommandResult> {
    try {
      return await this.run(this.bin, args, timeoutMs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw scannerSoftwareMissing(`${this.bin}: not found`);
      throw new ScanError('SCAN_FAILED', '无法启动扫描程序，请联系信息技术人员', String(code ?? error));
    }
  }

  /** `scanimage -L` probes every backend, network ones included: seconds, not milliseconds. */
  async listDevices(): Promise<ScannerDevice[]> {
    const r = await this.exec([`--formatted-device-list=%d${FIELD}%v${FIELD}%m${FIELD}%t%n`], 60_000);
    if (r.code !== 0 && !/no SANE devices found/i.test(r.stderr)) throw saneError(r.stderr, '', r.timedOut);
    const found = parseScanimageList(r.stdout);
    const extra = (this.options.extraDevices ?? []).filter((d) => !found.some((f) => f.id === d.id));
    return [...found, ...extra];
  }

  private async sourcesOf(device: string): Promise<string[]> {
    const cached = this.sources.get(device);
    if (cached) return cached;
    const r = await this.exec(['-d', device, '--help'], 30_000);
    // scanimage prints its generic help and exits 0 when the device cannot be opened.
    if (r.code !== 0 || /open of device .* failed/i.test(r.stderr)) throw saneError(r.stderr, device, r.timedOut);
    const list = parseSourceOption(r.stdout);
    this.sources.set(device, list);
    return list;
  }

  async scan(options: ScanOptions): Promise<ScannedPage[]> {
    const available = await this.sourcesOf(options.device);
    let source: string | undefined;
    if (available.length > 0) {
      source = pickSource(available, options.source);
      if (!source)
        throw new ScanError(
          'SCAN_FAILED',
          options.source === 'adf' ? '该扫描仪没有自动进纸器，请改用平板扫描' : '该扫描仪没有平板，请改用自动进纸器',
          `sources: ${available.join('|')}`,
        );
    } else if (options.source === 'adf') {
      throw new ScanError('SCAN_FAILED', '该扫描仪没有自动进纸器，请改用平板扫描', 'no --source option');
    }
    const pages = options.source === 'flatbed' ? 1 : options.pages;
    const dir = await mkdtemp(path.join(tmpdir(), 'counter-scan-'));
    try {
      const args = ['-d', options.device, '--format=png', '--mode', options.mode === 'color' ? 'Color' : 'Gray', '--resolution', String(options.dpi)];
      if (source) args.push('--source', source);
      if (options.areaMm) args.push('-x', String(options.areaMm.width), '-y', String(options.areaMm.height));
      args.push(...(this.options.deviceArgs?.[options.device] ?? []));
      args.push(`--batch=${path.join(dir, 'page-%04d.png')}`);
      if (pages !== undefined) args.push(`--batch-count=${pages}`);
      const perPage = this.options.perPageTimeoutMs ?? 90_000;
      const r = await this.exec(args, 30_000 + perPage * (pages ?? 50));
      const files = (await readdir(dir)).filter((f) => /^page-\d+\.png$/.test(f)).sort();
      // An empty feeder ends an ADF batch normally once at least one page came through.
      const feederEmptied = /out of documents|no docs/i.test(r.stderr) && files.length > 0;
      if ((r.code !== 0 || r.timedOut) && !feederEmptied) throw saneError(r.stderr, options.device, r.timedOut);
      if (files.length === 0) throw saneError(r.stderr || 'no pages', options.device);
      return await Promise.all(
        files.map(async (f, i) => ({ index: i + 1, bytes: new Uint8Array(await readFile(path.join(dir, f))), dpi: options.dpi })),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
