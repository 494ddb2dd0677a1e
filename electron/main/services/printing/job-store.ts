/**
 * The print queue on disk, in its own folder, so a queued receipt survives a crash, a
 * power cut or a restart:
 *
 *     <dir>/jobs/<job id>.json   one file per job, replaced atomically on every change
 *     <dir>/pdf/<job id>.pdf     the exact bytes to print, written before the job file
 *
 * One file per job rather than one log: a change rewrites a few hundred bytes, and a
 * damaged file costs one job (set aside as `.corrupt`, reported) instead of the queue.
 * Job metadata holds no personal data beyond the case number: the applicant's details
 * exist only inside the PDF.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { PRINT_JOB_KINDS } from '../../../../shared/ipc/contract';
import { SerialWriter, writeFileAtomic } from './atomic-file';

export const PRINT_JOB_STATUSES = ['queued', 'printing', 'printed', 'failed', 'held'] as const;
export type PrintJobStatus = (typeof PRINT_JOB_STATUSES)[number];

const iso = z.string().datetime({ offset: true });

export const printJobSchema = z.object({
  /** `pj-<seq>-<random>`: also the spooler job title, so the printed file can be traced. */
  id: z.string().regex(/^pj-\d{6,}-[0-9a-f]{6}$/),
  /** Queue order. */
  seq: z.number().int().positive(),
  documentKind: z.enum(PRINT_JOB_KINDS),
  /** Compact case (or 一件事 bundle) number. */
  caseNumber: z.string().min(1).max(40),
  /** Relative to the queue folder. */
  pdfFile: z.string(),
  printer: z.string().min(1),
  copies: z.number().int().min(1).max(99),
  status: z.enum(PRINT_JOB_STATUSES),
  /** Times the job was handed to the spooler. */
  attempts: z.number().int().nonnegative(),
  /** Why the last attempt failed, for the clerk (Chinese); null once printed. */
  lastError: z.string().nullable(),
  /** Why a queued job is waiting (printer offline, print service down), for the clerk. */
  notice: z.string().nullable(),
  /** When a failed job will be tried again by itself; null: only when the clerk retries. */
  retryAt: iso.nullable(),
  /** The spooler's id while the job is there. */
  spoolerJobId: z.string().nullable(),
  createdAt: iso,
  updatedAt: iso,
  printedAt: iso.nullable(),
  /** 补打: a further copy of a document already issued. */
  reprint: z.boolean(),
  reprintReason: z.string().nullable(),
  /** The job this one reprints, when it reprints the stored PDF of an earlier job. */
  reprintOf: z.string().nullable(),
});
export type PrintJob = z.infer<typeof printJobSchema>;

export type NewPrintJob = Omit<PrintJob, 'id' | 'seq' | 'pdfFile'>;

export class PrintJobStore {
  private readonly jobs = new Map<string, PrintJob>();
  private readonly writer = new SerialWriter();
  private lastSeq = 0;

  private constructor(
    readonly dir: string,
    /** Files that could not be read at opening, set aside (for the log). */
    readonly problems: string[],
  ) {}

  /** Loads the queue, setting aside damaged job files and deleting half-written leftovers. */
  static async open(dir: string): Promise<PrintJobStore> {
    const jobsDir = path.join(dir, 'jobs');
    const pdfDir = path.join(dir, 'pdf');
    await mkdir(jobsDir, { recursive: true, mode: 0o700 });
    await mkdir(pdfDir, { recursive: true, mode: 0o700 });
    const store = new PrintJobStore(dir, []);
    for (const name of await readdir(jobsDir)) {
      const file = path.join(jobsDir, name);
      if (name.endsWith('.tmp')) {
        await rm(file, { force: true });
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const parsed = printJobSchema.safeParse(parseJson(await readFile(file, 'utf8')));
      if (!parsed.success || `${parsed.data.id}.json` !== name) {
        await rename(file, `${file}.corrupt`);
        store.problems.push(name);
        continue;
      }
      store.jobs.set(parsed.data.id, parsed.data);
      store.lastSeq = Math.max(store.lastSeq, parsed.data.seq);
    }
    // A PDF without its job: a crash between the two writes of add(); nothing refers to it.
    for (const name of await readdir(pdfDir)) {
      const id = name.split('.')[0] ?? '';
      if (name.endsWith('.tmp') || !store.jobs.has(id)) await rm(path.join(pdfDir, name), { force: true });
    }
    return store;
  }

  /** All jobs in queue order. */
  list(): PrintJob[] {
    return [...this.jobs.values()].sort((a, b) => a.seq - b.seq);
  }

  get(id: string): PrintJob | undefined {
    return this.jobs.get(id);
  }

  /** The next job's id and place in the queue, known before the job is stored (for the audit record). */
  reserve(): { id: string; seq: number } {
    const seq = ++this.lastSeq;
    return { id: `pj-${String(seq).padStart(6, '0')}-${randomBytes(3).toString('hex')}`, seq };
  }

  /** Stores the PDF, then the job: once this resolves, both survive a restart. */
  add(job: NewPrintJob, pdf: Uint8Array, reserved = this.reserve()): Promise<PrintJob> {
    return this.writer.run(async () => {
      const { id, seq } = reserved;
      if (this.jobs.has(id)) throw new Error(`print job ${id} exists`);
      const full = printJobSchema.parse({ ...job, id, seq, pdfFile: `pdf/${id}.pdf` });
      await writeFileAtomic(path.join(this.dir, full.pdfFile), pdf);
      await writeFileAtomic(this.jobFile(id), JSON.stringify(full));
      this.jobs.set(id, full);
      return full;
    });
  }

  /** Applies a change and persists it before anyone sees it. */
  update(id: string, change: Partial<Omit<PrintJob, 'id' | 'seq' | 'pdfFile'>>, at: Date): Promise<PrintJob> {
    return this.writer.run(async () => {
      const current = this.jobs.get(id);
      if (!current) throw new Error(`no print job ${id}`);
      const next = printJobSchema.parse({ ...current, ...change, updatedAt: at.toISOString() });
      await writeFileAtomic(this.jobFile(id), JSON.stringify(next));
      this.jobs.set(id, next);
      return next;
    });
  }

  pdfPath(job: PrintJob): string {
    return path.join(this.dir, job.pdfFile);
  }

  async readPdf(job: PrintJob): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.pdfPath(job));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  /** Forgets printed jobs older than `before` with their PDFs (the case archive keeps issued documents). */
  prunePrinted(before: Date): Promise<number> {
    return this.writer.run(async () => {
      let removed = 0;
      for (const job of [...this.jobs.values()]) {
        if (job.status !== 'printed' || !job.printedAt || new Date(job.printedAt) >= before) continue;
        await rm(this.jobFile(job.id), { force: true });
        await rm(this.pdfPath(job), { force: true });
        this.jobs.delete(job.id);
        removed++;
      }
      return removed;
    });
  }

  private jobFile(id: string): string {
    return path.join(this.dir, 'jobs', `${id}.json`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
