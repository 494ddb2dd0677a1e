/**
 * Capped exponential backoff with full jitter (AWS architecture blog's "full jitter"):
 * delay = random(0, min(cap, base · 2^attempt)). Jitter spreads the retries of a hall's
 * terminals after an outage so they do not hit the hub in lock-step.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** Lower bound so a retry never spins. */
  minMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000, minMs: 250 };

export function backoffDelay(attempt: number, policy: BackoffPolicy = defaultBackoff, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(0, attempt), 30));
  return Math.max(policy.minMs, Math.floor(random() * ceiling));
}
