import type { Platform } from './platform';
import { PlatformError } from './platform';
import { unwrapReply } from './reply';

interface CounterBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
}

/** Calls the main process through the preload's bridge (contextBridge). */
export function electronPlatform(): Platform {
  const bridge = (globalThis as { counterBridge?: CounterBridge }).counterBridge;
  return {
    shell: 'electron',
    async call(channel, request) {
      if (!bridge) throw new PlatformError('UNAVAILABLE', '未找到主进程通道，请重新启动工作台');
      return unwrapReply(channel, await bridge.invoke(channel, request));
    },
  };
}
