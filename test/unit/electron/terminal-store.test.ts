import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeStorageSealer, type SafeStorageLike } from '../../../electron/main/safe-storage';
import { TerminalStore, unprotectedSealer, type SecretSealer } from '../../../electron/main/services/terminal-store';

const config = { hubUrl: 'http://127.0.0.1:8787', terminalId: 'T1', hallId: 'H1', terminalName: '窗口1', token: 'secret-token-0123456789abcdef' };

/** Stands in for the OS keychain: reversible, but not plain text, and can be "changed". */
function fakeKeychain(): SafeStorageLike & { rotate(): void } {
  let salt = 7;
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (s) => Buffer.from([...Buffer.from(`${salt}|${s}`)].map((b) => b ^ 0x5a)),
    decryptString: (b) => {
      const text = Buffer.from([...b].map((x) => x ^ 0x5a)).toString();
      const [s, ...rest] = text.split('|');
      if (Number(s) !== salt) throw new Error('cannot decrypt');
      return rest.join('|');
    },
    rotate: () => void (salt += 1),
  };
}

const tmp = () => mkdtemp(path.join(tmpdir(), 'counter-store-'));

describe('terminal store', () => {
  it('keeps the enrolment with the token sealed, never in plain text', async () => {
    const dir = await tmp();
    const sealer: SecretSealer = safeStorageSealer(fakeKeychain(), 'linux');
    const store = new TerminalStore(dir, sealer);
    expect(await store.getConfig()).toBeNull();
    await store.saveConfig(config);
    expect(await new TerminalStore(dir, sealer).getConfig()).toEqual(config);
    expect(await readFile(path.join(dir, 'terminal.json'), 'utf8')).not.toContain(config.token);
  });

  it('creates the database key once and returns the same key afterwards', async () => {
    const dir = await tmp();
    const store = new TerminalStore(dir, unprotectedSealer);
    const key = await store.getDatabaseKey();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await new TerminalStore(dir, unprotectedSealer).getDatabaseKey()).toBe(key);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never replaces a key it cannot unseal (that would orphan unsynced data)', async () => {
    const dir = await tmp();
    const keychain = fakeKeychain();
    const store = new TerminalStore(dir, safeStorageSealer(keychain, 'linux'));
    await store.getDatabaseKey();
    const sealedBefore = await readFile(path.join(dir, 'database-key.sealed'), 'utf8');
    keychain.rotate();
    await expect(store.getDatabaseKey()).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('切勿删除') });
    expect(await readFile(path.join(dir, 'database-key.sealed'), 'utf8')).toBe(sealedBefore);
  });

  it('reports a corrupt config file clearly', async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, 'terminal.json'), '{ not json');
    await expect(new TerminalStore(dir, unprotectedSealer).getConfig()).rejects.toThrow('重新登记');
  });

  it('refuses the basic_text keychain fallback on Linux unless IT allows it', () => {
    const weak = { ...fakeKeychain(), getSelectedStorageBackend: () => 'basic_text' };
    expect(() => safeStorageSealer(weak, 'linux')).toThrow('密钥环');
    expect(safeStorageSealer(weak, 'linux', true).protectsAtRest).toBe(true);
    expect(() => safeStorageSealer({ ...weak, isEncryptionAvailable: () => false }, 'win32')).toThrow();
  });
});
