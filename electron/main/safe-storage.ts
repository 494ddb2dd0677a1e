import type { SecretSealer } from './services/terminal-store';

/** The slice of Electron's safeStorage we use. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?: () => string;
}

/**
 * Secrets sealed by the OS keychain. On Linux safeStorage may silently fall back to
 * `basic_text` (a hard-coded password) while still saying encryption is available:
 * we refuse that unless IT explicitly allows it (pitfalls.md).
 */
export function safeStorageSealer(safeStorage: SafeStorageLike, platform: string, allowWeakBackend = false): SecretSealer {
  if (!safeStorage.isEncryptionAvailable()) throw new Error('操作系统密钥服务不可用，无法保护本机数据');
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
  if (backend === 'basic_text' && !allowWeakBackend)
    throw new Error('本机未配置系统密钥环（gnome-keyring 或 kwallet），本机数据无法加密保存。请信息技术人员安装密钥环后重试。');
  return {
    protectsAtRest: true,
    seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
    unseal: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
