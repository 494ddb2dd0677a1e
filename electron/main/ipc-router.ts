import { IPC_PREFIX, dispatchIpc, ipcChannelNames, type IpcHandlers, type IpcReply, type IpcChannel } from '../../shared/ipc';
import { isAppUrl } from './app-origin';

/** The slice of Electron's ipcMain we use; faked in unit tests. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}
export interface IpcEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * Only the app's own top-level frame may call the main process: not an iframe,
 * not a page that somehow navigated elsewhere.
 */
export function isTrustedSender(event: IpcEventLike): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Registers one handler per contract channel; returns a function that removes them. */
export function registerIpcRouter(ipcMain: IpcMainLike, handlers: IpcHandlers): () => void {
  for (const channel of ipcChannelNames) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, payload): Promise<IpcReply<IpcChannel>> => {
      if (!isTrustedSender(event)) return { ok: false, code: 'UNTRUSTED_SENDER', message: '拒绝来自非本应用页面的请求' };
      return dispatchIpc(handlers, channel, payload);
    });
  }
  return () => ipcChannelNames.forEach((c) => ipcMain.removeHandler(IPC_PREFIX + c));
}
