/**
 * What the print service tells the audit trail, and a plain append-only file to keep it in
 * where the shell has nothing better. Records carry ids and the case number, never the
 * applicant's details; the reprint reason is the clerk's own words.
 */
import { appendFile, mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { SerialWriter } from './atomic-file';

export interface PrintAuditRecord {
  action: 'print.reprint';
  at: string;
  /** The new (补打) job. */
  subject: string;
  caseNumber: string;
  documentKind: string;
  /** The job whose stored PDF is printed again, when there is one. */
  reprintOf: string | null;
  reason: string;
  printer: string;
  copies: number;
}

export type PrintAudit = (record: PrintAuditRecord) => Promise<void>;

/** Appends one JSON line per record and flushes it before resolving. */
export function jsonLinesAuditLog(file: string): PrintAudit {
  const writer = new SerialWriter();
  return (record) =>
    writer.run(async () => {
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await appendFile(file, `${JSON.stringify(record)}\n`, { mode: 0o600 });
      const handle = await open(file, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
}
