import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultBackoff } from '../../../sync/client/backoff';
import { displayedSyncState } from '../../../renderer/features/sync/sync-state';

describe('retry backoff', () => {
  it('grows exponentially up to the cap (upper bound of the jitter)', () => {
    const top = (attempt: number) => backoffDelay(attempt, defaultBackoff, () => 0.999999);
    expect(top(0)).toBeLessThan(1_000);
    expect(top(3)).toBeGreaterThan(7_900);
    expect(top(3)).toBeLessThan(8_000);
    expect(top(20)).toBeLessThanOrEqual(defaultBackoff.capMs);
    expect(top(20)).toBeGreaterThan(defaultBackoff.capMs - 10);
  });

  it('is always within [min, cap] whatever the attempt and randomness', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10_000 }), fc.double({ min: 0, max: 0.9999999, noNaN: true }), (attempt, r) => {
        const d = backoffDelay(attempt, defaultBackoff, () => r);
        return d >= defaultBackoff.minMs && d <= defaultBackoff.capMs && Number.isInteger(d);
      }),
    );
  });

  it('spreads terminals out (jitter): different random draws give different delays', () => {
    const delays = new Set([0.1, 0.4, 0.7, 0.95].map((r) => backoffDelay(5, defaultBackoff, () => r)));
    expect(delays.size).toBe(4);
  });
});

describe('record sync state shown to the clerk', () => {
  const at = '2026-11-23T08:00:00.000Z';
  it('prefers the durable receipt over anything live', () => {
    expect(displayedSyncState(true, undefined)).toEqual({ kind: 'acknowledged' });
    expect(displayedSyncState(true, { state: 'error', reason: 'x', permanent: false, at })).toEqual({ kind: 'acknowledged' });
  });
  it('shows sending, errors with reasons, and local otherwise', () => {
    expect(displayedSyncState(false, { state: 'sending', since: at })).toEqual({ kind: 'sending' });
    expect(displayedSyncState(false, { state: 'error', reason: '无法连接中心服务', permanent: false, at })).toEqual({ kind: 'error', reason: '无法连接中心服务' });
    expect(displayedSyncState(false, { state: 'acknowledged', at })).toEqual({ kind: 'acknowledged' });
    expect(displayedSyncState(false, undefined)).toEqual({ kind: 'local' });
  });
});
