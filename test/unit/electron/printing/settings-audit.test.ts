import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonLinesAuditLog, type PrintAuditRecord } from '../../../../electron/main/services/printing/audit-log';
import { JsonSettingsFile } from '../../../../electron/main/services/printing/settings';

const dirs: string[] = [];
const tmp = async () => {
  const d = await mkdtemp(path.join(tmpdir(), 'counter-settings-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('terminal settings file', () => {
  it('keeps other settings when one changes, and removes a key set to undefined', async () => {
    const file = path.join(await tmp(), 'terminal', 'settings.json');
    const a = new JsonSettingsFile(file);
    await Promise.all([a.set('printing.printer', 'Front'), a.set('ui.fontScale', 1.25)]);
    const b = new JsonSettingsFile(file);
    expect([await b.get('printing.printer'), await b.get('ui.fontScale')]).toEqual(['Front', 1.25]);
    await b.set('printing.printer', undefined);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ 'ui.fontScale': 1.25 });
  });

  it('reads a damaged file as empty rather than stopping the counter', async () => {
    const file = path.join(await tmp(), 'settings.json');
    await writeFile(file, '{"printing.printer": "Fr');
    const s = new JsonSettingsFile(file);
    expect(await s.get('printing.printer')).toBeUndefined();
    await s.set('printing.printer', 'Back');
    expect(await new JsonSettingsFile(file).get('printing.printer')).toBe('Back');
  });
});

describe('print audit log', () => {
  it('appends one JSON line per record, in order', async () => {
    const file = path.join(await tmp(), 'audit', 'print.jsonl');
    const audit = jsonLinesAuditLog(file);
    const record = (n: number): PrintAuditRecord => ({
      action: 'print.reprint',
      at: `2026-01-23T01:00:0${n}.000Z`,
      subject: `pj-00000${n}-abcdef`,
      caseNumber: '3301062601230070042M',
      documentKind: 'materialReceipt',
      reprintOf: null,
      reason: `原因${n}`,
      printer: 'Front',
      copies: 1,
    });
    await Promise.all([1, 2, 3].map((n) => audit(record(n))));
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as PrintAuditRecord)).toEqual([record(1), record(2), record(3)]);
  });
});
