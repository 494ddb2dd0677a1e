import { enrolRequestSchema, enrolResponseSchema, hubRoutes, problemSchema, renewResponseSchema } from '../../../shared/sync';
import type { TerminalStore } from './terminal-store';
import type { TerminalConfig } from '../../../shared/ipc';

/**
 * Trades a one-time enrolment code (from IT) for this terminal's token.
 * Used by the Electron main process on first start and by the dev device host.
 */
export async function enrolWithHub(hubUrl: string, code: string, terminalName: string): Promise<TerminalConfig> {
  const body = enrolRequestSchema.parse({ code, terminalName });
  let res: Response;
  try {
    res = await fetch(new URL(hubRoutes.enrol(), hubUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (e) {
    throw new Error(`无法连接中心服务 ${hubUrl}：${e instanceof Error ? e.message : String(e)}`);
  }
  const json: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const p = problemSchema.safeParse(json);
    throw new Error(p.success ? `${p.data.title}${p.data.detail ? `：${p.data.detail}` : ''}` : `终端登记失败（HTTP ${res.status}）`);
  }
  const enrolled = enrolResponseSchema.parse(json);
  return { hubUrl, terminalName, ...enrolled };
}

/** Renew when less than this remains (tokens live 400 days). */
export const RENEW_BEFORE_MS = 60 * 86_400_000;

/**
 * Renews the terminal's token when it is due (or its expiry is unknown) and saves the new
 * one. Failure is not fatal: the old token keeps working until it expires, and the next
 * start tries again.
 */
export async function renewTokenIfDue(store: TerminalStore, now = Date.now()): Promise<'renewed' | 'not-due' | 'failed' | 'not-enrolled'> {
  const config = await store.getConfig();
  if (!config) return 'not-enrolled';
  if (config.tokenExpiresAt && Date.parse(config.tokenExpiresAt) - now > RENEW_BEFORE_MS) return 'not-due';
  try {
    const res = await fetch(new URL(hubRoutes.renew(), config.hubUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${config.token}` },
      signal: AbortSignal.timeout(15_000),
    });
    if (!res.ok) return 'failed';
    const renewed = renewResponseSchema.parse(await res.json());
    await store.saveConfig({ ...config, token: renewed.token, tokenExpiresAt: renewed.expiresAt });
    return 'renewed';
  } catch {
    return 'failed';
  }
}
