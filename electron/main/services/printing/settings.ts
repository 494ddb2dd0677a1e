/**
 * Terminal settings the print service reads and writes (the chosen printer), behind an
 * interface so the shell decides where they live. `JsonSettingsFile` is the plain one:
 * a JSON object in the terminal's folder, replaced atomically.
 */
import { SerialWriter, readOptional, writeFileAtomic } from './atomic-file';

export interface SettingsStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export class JsonSettingsFile implements SettingsStore {
  private readonly writer = new SerialWriter();

  constructor(private readonly file: string) {}

  async get(key: string): Promise<unknown> {
    return (await this.read())[key];
  }

  set(key: string, value: unknown): Promise<void> {
    return this.writer.run(async () => {
      const all = await this.read();
      if (value === undefined) delete all[key];
      else all[key] = value;
      await writeFileAtomic(this.file, JSON.stringify(all, null, 2));
    });
  }

  private async read(): Promise<Record<string, unknown>> {
    const raw = await readOptional(this.file);
    if (raw === undefined) return {};
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // fall through: a damaged settings file must not stop printing
    }
    return {};
  }
}
