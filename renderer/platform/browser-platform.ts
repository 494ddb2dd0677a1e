import { DEVICE_HOST_IPC_PATH, DEVICE_HOST_TOKEN_HEADER } from '../../shared/ipc/device-host';
import type { Platform } from './platform';
import { PlatformError } from './platform';
import { unwrapReply } from './reply';

const TOKEN_KEY = 'counter.launchToken';

/**
 * The browser build talks to the device host started by `npm start` (same origin),
 * carrying the same contract messages over HTTP. The per-launch token arrives in the
 * URL fragment once (never sent to a server by the browser) and is kept for reloads.
 */
export function browserPlatform(): Platform {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('launch');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return {
    shell: 'browser',
    async call(channel, request) {
      const token = sessionStorage.getItem(TOKEN_KEY);
      if (!token) throw new PlatformError('UNAVAILABLE', '请使用启动程序打印的完整地址打开工作台（含 #launch= 部分）');
      let res: Response;
      try {
        res = await fetch(`${DEVICE_HOST_IPC_PATH}/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [DEVICE_HOST_TOKEN_HEADER]: token },
          body: JSON.stringify(request),
        });
      } catch {
        throw new PlatformError('UNAVAILABLE', '无法连接本机服务，请确认启动程序仍在运行');
      }
      return unwrapReply(channel, await res.json().catch(() => undefined));
    },
  };
}
