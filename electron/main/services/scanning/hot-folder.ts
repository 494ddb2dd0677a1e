/**
 * Network multifunction printers "scan to folder" over SMB/FTP: the file appears at once
 * and grows while the MFP writes it. A file is taken only when its size and modification
 * time have not changed for `stableMs` (and it is not empty), then checked like any import,
 * then moved out of the way (`imported/` or `rejected/`), so it is never taken twice.
 *
 * Polling, not fs.watch: change events do not cross SMB/NFS mounts reliably, and polling
 * a folder every second costs nothing.
 */
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { validateImportFile, type ImportedFile, type ImportErrorCode, type ImportLimits } from './file-import';

export interface HotFolderOptions {
  dir: string;
  /** How long a file must stay unchanged before it is taken. Default 3 s (an MFP may pause between pages). */
  stableMs?: number;
  /** Default 1 s. */
  pollMs?: number;
  limits?: ImportLimits;
  onFile: (file: ImportedFile & { name: string }) => void | Promise<void>;
  onRejected?: (rejection: { name: string; code: ImportErrorCode; message: string }) => void;
  now?: () => number;
}

const IGNORED = /^(\.|~\$)|\.(part|tmp|crdownload|filepart)$/i;

export class HotFolder {
  private readonly seen = new Map<string, { size: number; mtimeMs: number; since: number }>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: HotFolderOptions) {
    this.now = options.now ?? Date.now;
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.poll().catch(() => undefined);
      void this.running.then(() => {
        if (this.timer) this.timer = setTimeout(tick, this.options.pollMs ?? 1000);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One look at the folder; exposed for tests and for a "check now" button. */
  async poll(): Promise<void> {
    const { dir } = this.options;
    const stableMs = this.options.stableMs ?? 3000;
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return; // share not mounted right now: try again next time
    }
    const present = new Set<string>();
    for (const name of names) {
      if (IGNORED.test(name) || name === 'imported' || name === 'rejected') continue;
      const full = path.join(dir, name);
      let s;
      try {
        s = await stat(full);
      } catch {
        continue;
      }
      if (!s.isFile()) continue;
      present.add(name);
      const prev = this.seen.get(name);
      const t = this.now();
      if (!prev || prev.size !== s.size || prev.mtimeMs !== s.mtimeMs || s.size === 0) {
        this.seen.set(name, { size: s.size, mtimeMs: s.mtimeMs, since: t });
        continue;
      }
      if (t - prev.since < stableMs) continue;
      this.seen.delete(name);
      await this.take(name, full);
    }
    for (const name of this.seen.keys()) if (!present.has(name)) this.seen.delete(name);
  }

  private async take(name: string, full: string): Promise<void> {
    const result = await validateImportFile(full, this.options.limits);
    const target = result.ok ? 'imported' : 'rejected';
    await mkdir(path.join(this.options.dir, target), { recursive: true });
    // Moved before the callback: a crash in between loses nothing (the file is in imported/).
    const stamped = `${Date.now()}-${name}`;
    await rename(full, path.join(this.options.dir, target, stamped));
    if (result.ok) await this.options.onFile({ ...result.value, name });
    else this.options.onRejected?.({ name, code: result.code, message: result.message });
  }
}
