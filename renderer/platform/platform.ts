import type { IpcChannel, IpcRequest, IpcResponse } from '../../shared/ipc';

/**
 * What features may ask of the machine. One implementation per shell, picked at
 * build time in ./index.ts; features never ask "am I in Electron?".
 */
export interface Platform {
  readonly shell: 'electron' | 'browser';
  call<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>>;
}

/** A main-process call that failed; `code` from the IPC contract. */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
