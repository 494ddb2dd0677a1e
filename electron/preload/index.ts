/**
 * The preload only bridges: one small global, channels allow-listed from the
 * contract, no Node, no logic. Validation happens in main (and again in the renderer).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_PREFIX, isIpcChannel } from '../../shared/ipc/channels';

contextBridge.exposeInMainWorld('counterBridge', {
  invoke(channel: unknown, payload: unknown): Promise<unknown> {
    if (!isIpcChannel(channel)) return Promise.resolve({ ok: false, code: 'UNKNOWN_CHANNEL', message: `未知通道 ${String(channel)}` });
    return ipcRenderer.invoke(IPC_PREFIX + channel, payload);
  },
});
