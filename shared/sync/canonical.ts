/**
 * Canonical JSON (sorted keys) for comparing document states. The hub decides
 * "same state → nothing to write" with it, which is what makes a re-sent push
 * harmless. Fields the hub adds itself are left out of the comparison.
 */
const HUB_FIELDS = new Set(['hubReceipt']);

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortValue(value, true));
}

function sortValue(value: unknown, top: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => sortValue(v, false));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (top && HUB_FIELDS.has(key)) continue;
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortValue(v, false);
    }
    return out;
  }
  return value;
}

export const sameDocumentState = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
