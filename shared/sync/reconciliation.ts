import { canonicalJson } from './canonical';

/**
 * Reconciliation digest, computed the same way by terminal and hub so a supervisor can
 * prove they hold the same documents for a terminal and a day: SHA-256 over the sorted
 * lines "<id> <content hash>", where the content hash is SHA-256 of the canonical JSON
 * of the document without `_deleted` and hub fields. The hash function is passed in
 * (WebCrypto in the browser, node:crypto in the hub) to keep shared/ free of I/O.
 */
export type Sha256Hex = (text: string) => Promise<string> | string;

export function reconciliationLine(id: string, contentHash: string): string {
  return `${id} ${contentHash}`;
}

export function documentContent(doc: Record<string, unknown>): string {
  const { _deleted: _d, _meta: _m, _rev: _r, _attachments: _a, ...rest } = doc;
  return canonicalJson(rest);
}

export async function reconciliationDigest(docs: readonly Record<string, unknown>[], sha256: Sha256Hex): Promise<{ count: number; digest: string }> {
  const lines: string[] = [];
  for (const d of docs) lines.push(reconciliationLine(String(d.id), await sha256(documentContent(d))));
  lines.sort();
  return { count: lines.length, digest: await sha256(lines.join('\n')) };
}

/** China civil date (UTC+8, no DST) of an ISO instant; the reconciliation day. */
export function chinaDay(iso: string): string {
  const t = Date.parse(iso);
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
}
