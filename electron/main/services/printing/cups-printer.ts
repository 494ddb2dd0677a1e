/**
 * CUPS (Linux, also macOS) through its own command-line clients, `lp`, `lpstat` and
 * `cancel`, run with argument arrays (no shell) and LANG=C so their answers can be read.
 *
 * Why not an npm wrapper: the one that exists (`unix-print` 1.3.2) builds a shell command
 * string with the printer name and options unescaped (`exec("lp '" + file + "' -d " + printer)`),
 * which a printer name with a quote or `;` turns into a shell injection, and it drops PATH
 * from the environment. The CUPS clients are installed wherever CUPS is, and honour the
 * system's client.conf / CUPS_SERVER like every other program on the machine.
 *
 * Limitation: `lpstat` lists a job cancelled or aborted inside CUPS (by an administrator)
 * among the completed ones, so such a job is reported as completed. Jobs this program
 * cancels are marked by the queue itself. Telling them apart needs IPP (job-state).
 */
import { execFile } from 'node:child_process';
import { PrintError, printerNotFound, printerOffline, type Printer, type PrintOptions, type PrinterInfo, type SpoolerJobStatus } from './printer';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program (no shell) and resolves with its exit code; rejects only if it could not run (ENOENT…). */
export type RunCommand = (file: string, args: readonly string[], input?: Uint8Array) => Promise<CommandResult>;

export const runCommand: RunCommand = (file, args, input) =>
  new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      // LANG=C: CUPS translates its messages, and we read them.
      { env: { ...process.env, LANG: 'C', LC_ALL: 'C' }, timeout: 30_000, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (error && typeof error.code === 'string') return reject(error);
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr: error?.killed ? `${stderr}\ntimed out` : stderr });
      },
    );
    // lp may exit before reading everything (e.g. unknown printer): that is its answer, not ours.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input ? Buffer.from(input.buffer, input.byteOffset, input.byteLength) : undefined);
  });

const SERVICE_DOWN = /scheduler is not running|unable to connect|connection refused|cups\.sock|unable to locate printer|server-error-service-unavailable/i;
const NO_SUCH_PRINTER = /does not exist|invalid destination|unknown destination|client-error-not-found/i;
const NOT_ACCEPTING = /not accepting/i;

const serviceUnavailable = (detail: string) =>
  new PrintError('PRINT_SERVICE_UNAVAILABLE', '本机打印服务（CUPS）未运行，打印任务已保留，服务恢复后将自动打印；如持续出现请联系信息技术人员', detail);

/** Turns a CUPS client's complaint into an error the queue knows how to handle. */
export function cupsError(stderr: string, printer: string): PrintError {
  const detail = stderr.trim().split('\n')[0] ?? '';
  if (SERVICE_DOWN.test(stderr)) return serviceUnavailable(detail);
  if (NO_SUCH_PRINTER.test(stderr)) return printerNotFound(printer, detail);
  if (NOT_ACCEPTING.test(stderr)) return printerOffline(printer, '暂停接收任务', detail);
  return new PrintError('PRINT_FAILED', `打印失败：打印服务返回错误（${detail || '无说明'}）`, detail);
}

/**
 * Reads `lpstat -d -a -l -p` (LANG=C). Lines:
 *   system default destination: NAME | no system default destination
 *   NAME accepting requests since … | NAME not accepting requests since … -\n\t<reason>
 *   printer NAME is idle.  enabled since … | printer NAME now printing NAME-3.  enabled since …
 *   printer NAME disabled since … -\n\t<reason>\n\tDescription: …\n\t…
 */
export function parseLpstat(stdout: string): PrinterInfo[] {
  let defaultName: string | undefined;
  const accepting = new Map<string, { ok: boolean; reason: string }>();
  const printers: Array<{ name: string; enabled: boolean; reason: string; description: string }> = [];
  let context: { kind: 'accept'; name: string } | { kind: 'printer'; index: number } | undefined;
  let firstIndented = false;

  for (const line of stdout.split('\n')) {
    if (line.startsWith('\t') || line.startsWith(' ')) {
      const text = line.trim();
      if (!context) continue;
      if (context.kind === 'accept') {
        const a = accepting.get(context.name);
        if (a && !a.ok && firstIndented) a.reason = text;
      } else {
        const p = printers[context.index];
        if (p) {
          if (text.startsWith('Description:')) p.description = text.slice('Description:'.length).trim();
          // The line right after "disabled since … -" is the reason given to cupsdisable.
          else if (!p.enabled && firstIndented && !text.startsWith('Form mounted:')) p.reason = text;
        }
      }
      firstIndented = false;
      continue;
    }
    firstIndented = true;
    let m: RegExpExecArray | null;
    if ((m = /^system default destination: (\S+)/.exec(line))) {
      defaultName = m[1];
      context = undefined;
    } else if ((m = /^printer (\S+) (is idle|now printing|disabled since|is printing|is processing)/.exec(line))) {
      printers.push({ name: m[1] ?? '', enabled: m[2] !== 'disabled since', reason: '', description: '' });
      context = { kind: 'printer', index: printers.length - 1 };
    } else if ((m = /^(\S+) (not )?accepting requests/.exec(line))) {
      accepting.set(m[1] ?? '', { ok: !m[2], reason: '' });
      context = { kind: 'accept', name: m[1] ?? '' };
    } else {
      context = undefined;
    }
  }

  return printers.map((p) => {
    const a = accepting.get(p.name) ?? { ok: true, reason: '' };
    const online = p.enabled && a.ok;
    const reason = online ? '' : !p.enabled ? p.reason || '已停用' : a.reason || '暂停接收任务';
    return { name: p.name, description: p.description || p.name, isDefault: p.name === defaultName, online, reason };
  });
}

/** The printer a CUPS job id belongs to: `CounterPDF-12` → `CounterPDF`. */
export const printerOfJob = (spoolerJobId: string) => spoolerJobId.replace(/-\d+$/, '');

export class CupsPrinter implements Printer {
  constructor(private readonly run: RunCommand = runCommand) {}

  private async exec(file: string, args: readonly string[], input?: Uint8Array): Promise<CommandResult> {
    try {
      return await this.run(file, args, input);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new PrintError('PRINT_SERVICE_UNAVAILABLE', `本机未安装打印服务（找不到 ${file} 命令），打印任务已保留，请联系信息技术人员`, detail);
      }
      throw new PrintError('PRINT_FAILED', `打印失败：无法运行打印命令 ${file}`, detail);
    }
  }

  async listPrinters(): Promise<PrinterInfo[]> {
    const r = await this.exec('lpstat', ['-d', '-a', '-l', '-p']);
    if (r.code !== 0) {
      if (/no destinations added/i.test(r.stderr)) return [];
      if (SERVICE_DOWN.test(r.stderr)) throw serviceUnavailable(r.stderr.trim());
      // Partial answers (one printer unreadable) still list the others.
      const partial = parseLpstat(r.stdout);
      if (partial.length > 0) return partial;
      throw cupsError(r.stderr, '');
    }
    return parseLpstat(r.stdout);
  }

  async print(pdf: Uint8Array, options: PrintOptions): Promise<string> {
    const r = await this.exec('lp', lpArguments(options), pdf);
    if (r.code !== 0) throw cupsError(r.stderr, options.printer);
    const id = /request id is (\S+)/.exec(r.stdout)?.[1];
    if (!id) throw new PrintError('PRINT_FAILED', '打印失败：打印服务没有返回任务编号', r.stdout.trim());
    return id;
  }

  async jobStatus(spoolerJobId: string): Promise<SpoolerJobStatus> {
    const printer = printerOfJob(spoolerJobId);
    const r = await this.exec('lpstat', ['-W', 'not-completed', '-o', printer]);
    if (r.code !== 0) {
      const e = cupsError(r.stderr, printer);
      // The printer was deleted with the job in it: the job will never print.
      if (e.code === 'PRINTER_NOT_FOUND') return { state: 'failed', detail: e.detail };
      throw e;
    }
    const pending = r.stdout.split('\n').some((line) => line.split(/\s+/)[0] === spoolerJobId);
    return { state: pending ? 'pending' : 'completed' };
  }

  async cancel(spoolerJobId: string): Promise<void> {
    const r = await this.exec('cancel', [spoolerJobId]);
    if (r.code !== 0 && !/not found|already|does not exist|invalid destination/i.test(r.stderr)) throw cupsError(r.stderr, printerOfJob(spoolerJobId));
  }
}

/** `lp` reads the PDF from stdin (no file argument), so no temporary file is needed. */
export function lpArguments(options: PrintOptions): string[] {
  if (!Number.isInteger(options.copies) || options.copies < 1 || options.copies > 99) throw new RangeError(`copies out of range: ${options.copies}`);
  const args = ['-d', options.printer, '-n', String(options.copies), '-t', options.title];
  if (options.media) args.push('-o', `media=${options.media}`);
  return args;
}
