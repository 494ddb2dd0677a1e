import { z } from 'zod';
import type { IpcChannel } from './channels';

/**
 * The main ⇄ renderer contract (ARCHITECTURE.md §1). The same messages travel over
 * Electron IPC and, where no Electron binary exists, over the device host's localhost
 * transport. Both sides validate with these schemas; the main side also checks the
 * sender. Replies are `{ ok: true, value } | { ok: false, code, message }`.
 */
const empty = z.object({}).strict();

export const terminalConfigSchema = z.object({
  hubUrl: z.string().url(),
  terminalId: z.string().min(1),
  hallId: z.string().min(1),
  terminalName: z.string().min(1),
  /** Bearer token from enrolment; used by the sync client only. */
  token: z.string().min(16),
  /** When the token stops working; the main process renews it well before. */
  tokenExpiresAt: z.string().datetime({ offset: true }).optional(),
});
export type TerminalConfig = z.infer<typeof terminalConfigSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  /** How the workstation runs: the Electron shell or a browser against the device host. */
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const ipcContract = {
  /** The terminal's enrolment; `null` before IT has enrolled it. */
  'terminal.getConfig': { request: empty, response: terminalConfigSchema.nullable() },
  /** Random 256-bit key (hex) for the local database's encrypted fields, kept wrapped by the OS keychain. */
  'terminal.getDatabaseKey': { request: empty, response: z.object({ key: z.string().regex(/^[0-9a-f]{64}$/) }) },
  'app.getInfo': { request: empty, response: appInfoSchema },
} as const satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>;

export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcContract)[C]['response']>;

export const ipcErrorCodes = ['BAD_REQUEST', 'UNTRUSTED_SENDER', 'UNKNOWN_CHANNEL', 'HANDLER_FAILED', 'UNAVAILABLE'] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export type IpcReply<C extends IpcChannel> = { ok: true; value: IpcResponse<C> } | { ok: false; code: IpcErrorCode; message: string };

export const ipcReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), code: z.enum(ipcErrorCodes), message: z.string() }),
]);

/** What main-side services implement; checked with `satisfies` where they are wired. */
export type IpcHandlers = { [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> };

/** Validates and dispatches one message; shared by the Electron router and the device host. */
export async function dispatchIpc(handlers: IpcHandlers, channel: IpcChannel, raw: unknown): Promise<IpcReply<IpcChannel>> {
  const spec = ipcContract[channel];
  const request = spec.request.safeParse(raw ?? {});
  if (!request.success) return { ok: false, code: 'BAD_REQUEST', message: '请求参数不正确' };
  let value: unknown;
  try {
    value = await (handlers[channel] as (r: unknown) => Promise<unknown>)(request.data);
  } catch (e) {
    const code = (e as { code?: string }).code === 'UNAVAILABLE' ? 'UNAVAILABLE' : 'HANDLER_FAILED';
    return { ok: false, code, message: e instanceof Error ? e.message : '处理失败' };
  }
  const response = spec.response.safeParse(value);
  if (!response.success) return { ok: false, code: 'HANDLER_FAILED', message: '主进程返回的数据不符合约定' };
  return { ok: true, value: response.data as IpcResponse<IpcChannel> };
}
