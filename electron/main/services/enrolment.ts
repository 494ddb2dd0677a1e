import { enrolRequestSchema, enrolResponseSchema, hubRoutes, problemSchema } from '../../../shared/sync';
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
