import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { terminalConfigSchema, type TerminalConfig } from '../../../shared/ipc';

/** Wraps secrets with the OS keychain (Electron safeStorage) or, in the dev device host, not at all. */
export interface SecretSealer {
  /** Whether sealed secrets are protected by the OS; false only for the browser/dev device host. */
  readonly protectsAtRest: boolean;
  seal(plain: string): string;
  unseal(sealed: string): string;
}

export class TerminalStoreError extends Error {
  readonly code = 'UNAVAILABLE';
}

/**
 * The terminal's enrolment and its database key, in the terminal's config folder.
 * The database key is created once and never replaced: if it can no longer be
 * unsealed (a changed OS profile), we stop and ask for IT instead of creating a new
 * key, because a new key would make unsynced records unreadable (pitfalls.md).
 */
export class TerminalStore {
  constructor(
    private readonly dir: string,
    private readonly sealer: SecretSealer,
  ) {}

  private file(name: string) {
    return path.join(this.dir, name);
  }

  async getConfig(): Promise<TerminalConfig | null> {
    const raw = await readOptional(this.file('terminal.json'));
    if (raw === undefined) return null;
    let stored: Record<string, unknown> & { sealedToken?: unknown };
    try {
      stored = JSON.parse(raw) as typeof stored;
    } catch {
      throw new TerminalStoreError('终端配置文件已损坏，请由信息技术人员重新登记终端');
    }
    if (typeof stored.sealedToken !== 'string') return null;
    const { sealedToken, ...rest } = stored;
    const config = terminalConfigSchema.safeParse({ ...rest, token: this.sealer.unseal(sealedToken) });
    if (!config.success) throw new TerminalStoreError('终端配置文件已损坏，请由信息技术人员重新登记终端');
    return config.data;
  }

  async saveConfig(config: TerminalConfig): Promise<void> {
    const { token, ...rest } = terminalConfigSchema.parse(config);
    await writeAtomically(this.file('terminal.json'), JSON.stringify({ ...rest, sealedToken: this.sealer.seal(token) }, null, 2));
  }

  async getDatabaseKey(): Promise<string> {
    const sealed = await readOptional(this.file('database-key.sealed'));
    if (sealed !== undefined) {
      let key: string;
      try {
        key = this.sealer.unseal(sealed.trim());
      } catch {
        throw new TerminalStoreError('无法解密本机数据库密钥。本机数据已保留，请联系信息技术人员处理，切勿删除数据目录。');
      }
      if (!/^[0-9a-f]{64}$/.test(key)) throw new TerminalStoreError('本机数据库密钥格式不正确，请联系信息技术人员');
      return key;
    }
    const key = randomBytes(32).toString('hex');
    await writeAtomically(this.file('database-key.sealed'), this.sealer.seal(key), true);
    return key;
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Write to a temporary file, flush, then rename: a power cut leaves the old or the new file, never half of one. */
async function writeAtomically(file: string, content: string, exclusive = false): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (exclusive && (await readOptional(file)) !== undefined) throw new TerminalStoreError('密钥文件已存在，拒绝覆盖');
  await rename(tmp, file);
}

/** Dev/training device host only: no OS keychain is available to a plain Node process. */
export const unprotectedSealer: SecretSealer = {
  protectsAtRest: false,
  seal: (plain) => `plain:${Buffer.from(plain, 'utf8').toString('base64')}`,
  unseal: (sealed) => {
    if (!sealed.startsWith('plain:')) throw new Error('not a plain-sealed value');
    return Buffer.from(sealed.slice(6), 'base64').toString('utf8');
  },
};
