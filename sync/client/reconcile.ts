import type { RxCollection } from 'rxdb';
import { chinaDay, hubRoutes, reconciliationDigest, reconciliationSchema, type Reconciliation } from '../../shared/sync';
import { HubCallError, type HubConnection } from './hub-api';

export async function sha256Hex(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ReconciliationReport {
  terminal: string;
  day: string;
  collection: string;
  local: { count: number; digest: string };
  hub: { count: number; digest: string };
  agree: boolean;
}

type Reconcilable = 'applications' | 'case_events' | 'materials' | 'audit';

/**
 * What a supervisor uses to prove a terminal and the hub hold the same documents for a
 * day: both sides compute count and digest the same way (shared/sync/reconciliation.ts).
 */
export async function reconcileWithHub(
  connection: HubConnection,
  collection: RxCollection,
  name: Reconcilable,
  terminalId: string,
  day: string,
): Promise<ReconciliationReport> {
  const docs = (await collection.find().exec())
    .map((d) => d.toJSON() as Record<string, unknown>)
    .filter((d) => d.terminalId === terminalId && typeof (d.createdAt ?? d.at) === 'string' && chinaDay(String(d.createdAt ?? d.at)) === day);
  const local = await reconciliationDigest(docs, sha256Hex);
  const q = new URLSearchParams({ terminal: terminalId, day, collection: name });
  let res: Response;
  try {
    res = await fetch(new URL(`${hubRoutes.reconciliation()}?${q}`, connection.hubUrl), { headers: { authorization: `Bearer ${connection.token}` } });
  } catch (e) {
    throw new HubCallError('network', `无法连接中心服务：${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = reconciliationSchema.safeParse(await res.json().catch(() => undefined));
  if (!res.ok || !parsed.success) throw new HubCallError('problem', `对账请求失败（HTTP ${res.status}）`, undefined, res.status);
  const hub: Reconciliation = parsed.data;
  return {
    terminal: terminalId,
    day,
    collection: name,
    local,
    hub: { count: hub.count, digest: hub.digest },
    agree: local.count === hub.count && local.digest === hub.digest,
  };
}
