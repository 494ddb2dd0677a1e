import type { z } from 'zod';
import {
  encodeCheckpoint,
  hubRoutes,
  problemSchema,
  pullResponseSchema,
  type Checkpoint,
  type CollectionName,
  type Problem,
} from '../../shared/sync';

/** How this terminal reaches its hub (from enrolment; the token never leaves the terminal). */
export interface HubConnection {
  hubUrl: string;
  token: string;
  /**
   * Called with the hub's clock (HTTP Date header) and the local send/receive times of
   * each answered request, so the terminal can measure its clock drift.
   */
  onServerTime?: (serverMs: number, sentMs: number, receivedMs: number) => void;
  /** The terminal's clock (tests set it wrong on purpose). */
  now?: () => number;
}

/** A failed hub call, classified so the client can tell "hub said no" from "network". */
export class HubCallError extends Error {
  constructor(
    readonly kind: 'network' | 'problem' | 'bad-response',
    message: string,
    readonly problem?: Problem,
    readonly status?: number,
  ) {
    super(message);
  }
  /** 4xx other than 408/429 will not succeed by retrying the same request. */
  get permanent(): boolean {
    return this.kind === 'problem' && this.status !== undefined && this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}

async function call(conn: HubConnection, path: string, init: RequestInit = {}, timeoutMs = 30_000): Promise<unknown> {
  let res: Response;
  const clock = conn.now ?? Date.now;
  const sentMs = clock();
  try {
    res = await fetch(new URL(path, conn.hubUrl), {
      ...init,
      headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), authorization: `Bearer ${conn.token}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new HubCallError('network', `无法连接中心服务：${e instanceof Error ? e.message : String(e)}`);
  }
  const date = res.headers.get('date');
  if (date && conn.onServerTime) conn.onServerTime(Date.parse(date), sentMs, clock());
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    throw new HubCallError('bad-response', `中心服务返回了无法解析的内容（HTTP ${res.status}）`, undefined, res.status);
  }
  if (!res.ok) {
    const problem = problemSchema.safeParse(body);
    const p = problem.success ? problem.data : undefined;
    throw new HubCallError('problem', p ? `${p.title}${p.detail ? `：${p.detail}` : ''}` : `中心服务错误 HTTP ${res.status}`, p, res.status);
  }
  return body;
}

export async function pullFromHub<S extends z.ZodObject>(
  conn: HubConnection,
  collection: CollectionName,
  schema: S,
  checkpoint: Checkpoint | undefined,
  limit: number,
) {
  const q = new URLSearchParams({ limit: String(limit) });
  if (checkpoint) q.set('checkpoint', encodeCheckpoint(checkpoint));
  const body = await call(conn, `${hubRoutes.pull(collection)}?${q}`);
  const parsed = pullResponseSchema(schema).safeParse(body);
  if (!parsed.success) throw new HubCallError('bad-response', '中心服务返回的数据不符合约定');
  return parsed.data;
}

export async function pushToHub(conn: HubConnection, collection: CollectionName, rows: unknown[]): Promise<unknown[]> {
  const body = await call(conn, hubRoutes.push(collection), { method: 'POST', body: JSON.stringify(rows) });
  if (!Array.isArray(body)) throw new HubCallError('bad-response', '中心服务未返回冲突列表');
  return body;
}
