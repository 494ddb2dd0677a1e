import { ipcContract, ipcReplySchema, type IpcChannel, type IpcResponse } from '../../shared/ipc';
import { PlatformError } from './platform';

/** Validates a reply from main (or the device host) against the contract before features see it. */
export function unwrapReply<C extends IpcChannel>(channel: C, raw: unknown): IpcResponse<C> {
  const reply = ipcReplySchema.safeParse(raw);
  if (!reply.success) throw new PlatformError('BAD_REPLY', '本机服务返回了无法识别的数据');
  if (!reply.data.ok) throw new PlatformError(reply.data.code, reply.data.message);
  const value = ipcContract[channel].response.safeParse(reply.data.value);
  if (!value.success) throw new PlatformError('BAD_REPLY', '本机服务返回的数据不符合约定');
  return value.data as IpcResponse<C>;
}
