import { describe, expect, it } from 'vitest';
import { CupsPrinter, cupsError, lpArguments, parseLpstat, type RunCommand } from '../../../../electron/main/services/printing/cups-printer';

// Real `lpstat -d -a -l -p` output (LANG=C) captured on CUPS 2.4 with cups-pdf, shortened.
const LPSTAT = `system default destination: Front
Front accepting requests since Mon Nov 23 16:02:41 2026
CounterPDF not accepting requests since Mon Nov 23 16:04:09 2026 -
\tmaintenance
Back accepting requests since Mon Nov 23 16:02:41 2026
printer Front now printing Front-7.  enabled since Mon Nov 23 16:02:41 2026
\tForm mounted:
\tDescription: 窗口1 激光打印机
\tAlerts: none
printer CounterPDF disabled since Mon Nov 23 16:04:09 2026 -
\tpaper jam
\tForm mounted:
\tDescription: CounterPDF
\tAlerts: paused
printer Back disabled since Mon Nov 23 16:04:09 2026 -
\tForm mounted:
\tDescription: Back office
`;

describe('reading lpstat', () => {
  it('finds each printer, the default, and why one is not online', () => {
    expect(parseLpstat(LPSTAT)).toEqual([
      { name: 'Front', description: '窗口1 激光打印机', isDefault: true, online: true, reason: '' },
      // Disabled wins over "not accepting" for the reason shown.
      { name: 'CounterPDF', description: 'CounterPDF', isDefault: false, online: false, reason: 'paper jam' },
      { name: 'Back', description: 'Back office', isDefault: false, online: false, reason: '已停用' },
    ]);
  });

  it('treats an enabled printer that rejects jobs as offline', () => {
    const out = 'no system default destination\nP1 not accepting requests since x -\n\tRejecting Jobs\nprinter P1 is idle.  enabled since x\n';
    expect(parseLpstat(out)).toEqual([{ name: 'P1', description: 'P1', isDefault: false, online: false, reason: 'Rejecting Jobs' }]);
  });
});

describe('lp arguments', () => {
  it('name the printer, copies, title and paper; the PDF goes to stdin, never as a shell string', () => {
    expect(lpArguments({ printer: 'Front', copies: 2, title: 'pj-000001-abcdef', media: 'A4' })).toEqual([
      '-d', 'Front', '-n', '2', '-t', 'pj-000001-abcdef', '-o', 'media=A4',
    ]);
    // A hostile name stays one argument.
    expect(lpArguments({ printer: "x'; rm -rf /", copies: 1, title: 't' })).toEqual(['-d', "x'; rm -rf /", '-n', '1', '-t', 't']);
    expect(() => lpArguments({ printer: 'Front', copies: 0, title: 't' })).toThrow(RangeError);
  });
});

describe('CUPS errors', () => {
  it.each([
    ['lp: Error - The printer or class does not exist.', 'PRINTER_NOT_FOUND', '找不到打印机“X”'],
    ['lpstat: Invalid destination name in list "X".', 'PRINTER_NOT_FOUND', '找不到打印机“X”'],
    ['lp: Destination "X" is not accepting jobs.', 'PRINTER_OFFLINE', '暂停接收任务'],
    ['lpstat: Scheduler is not running.', 'PRINT_SERVICE_UNAVAILABLE', 'CUPS'],
    ['lp: Unable to connect to server: Connection refused', 'PRINT_SERVICE_UNAVAILABLE', 'CUPS'],
    ['lp: Internal server error', 'PRINT_FAILED', '打印失败'],
  ])('%s → %s', (stderr, code, text) => {
    const e = cupsError(stderr, 'X');
    expect(e.code).toBe(code);
    expect(e.message).toContain(text);
    expect(e.detail).toBe(stderr);
  });
});

/** Records calls and answers like the CUPS clients would. */
function fakeRun(answers: Record<string, { code?: number; stdout?: string; stderr?: string } | Error>) {
  const calls: Array<{ file: string; args: readonly string[]; input?: Uint8Array }> = [];
  const run: RunCommand = async (file, args, input) => {
    calls.push({ file, args, input });
    const answer = answers[`${file} ${args.join(' ')}`] ?? answers[file];
    if (answer instanceof Error) throw answer;
    if (!answer) throw new Error(`unexpected ${file} ${args.join(' ')}`);
    return { code: answer.code ?? 0, stdout: answer.stdout ?? '', stderr: answer.stderr ?? '' };
  };
  return { run, calls };
}

describe('CupsPrinter over faked CUPS clients', () => {
  it('pipes the PDF into lp and returns the request id', async () => {
    const { run, calls } = fakeRun({ lp: { stdout: 'request id is Front-12 (0 file(s))\n' } });
    const pdf = new TextEncoder().encode('%PDF-1.7 test');
    expect(await new CupsPrinter(run).print(pdf, { printer: 'Front', copies: 1, title: 'pj-000002-abcdef' })).toBe('Front-12');
    expect(calls[0]!.args).toEqual(['-d', 'Front', '-n', '1', '-t', 'pj-000002-abcdef']);
    expect(new TextDecoder().decode(calls[0]!.input)).toBe('%PDF-1.7 test');
  });

  it('turns lp failures into print errors', async () => {
    const { run } = fakeRun({ lp: { code: 1, stderr: 'lp: Error - The printer or class does not exist.\n' } });
    await expect(new CupsPrinter(run).print(new Uint8Array([37]), { printer: 'Nope', copies: 1, title: 't' })).rejects.toMatchObject({
      code: 'PRINTER_NOT_FOUND',
    });
  });

  it('reports a missing CUPS installation as an unavailable service, not a crash', async () => {
    const enoent = Object.assign(new Error('spawn lpstat ENOENT'), { code: 'ENOENT' });
    await expect(new CupsPrinter(fakeRun({ lpstat: enoent }).run).listPrinters()).rejects.toMatchObject({
      code: 'PRINT_SERVICE_UNAVAILABLE',
      message: expect.stringContaining('找不到 lpstat 命令'),
    });
  });

  it('lists no printers when none is installed', async () => {
    const { run } = fakeRun({ lpstat: { code: 1, stdout: 'no system default destination\n', stderr: 'lpstat: No destinations added.\n' } });
    expect(await new CupsPrinter(run).listPrinters()).toEqual([]);
  });

  it('knows a job is pending while lpstat lists it and completed once it left', async () => {
    const pending = fakeRun({ 'lpstat -W not-completed -o Front': { stdout: 'Front-12   root   1024   Mon Nov 23 16:02:41 2026\n' } });
    expect(await new CupsPrinter(pending.run).jobStatus('Front-12')).toEqual({ state: 'pending' });
    // Front-1 is a prefix of Front-12 but not the same job.
    expect(await new CupsPrinter(pending.run).jobStatus('Front-1')).toEqual({ state: 'completed' });
    const gone = fakeRun({ 'lpstat -W not-completed -o Front': { code: 1, stderr: 'lpstat: Invalid destination name in list "Front".' } });
    expect((await new CupsPrinter(gone.run).jobStatus('Front-12')).state).toBe('failed');
  });

  it('finds the printer of a job id whose printer name holds hyphens', async () => {
    const { run, calls } = fakeRun({ lpstat: { stdout: '' } });
    await new CupsPrinter(run).jobStatus('Hall-2-Front-305');
    expect(calls[0]!.args).toEqual(['-W', 'not-completed', '-o', 'Hall-2-Front']);
  });
});
