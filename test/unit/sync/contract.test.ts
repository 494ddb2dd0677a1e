import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationSchema, listKeyFor } from '../../../shared/application/application';
import { canonicalJson, decodeCheckpoint, encodeCheckpoint, sameDocumentState } from '../../../shared/sync';
import { applicationRxSchema } from '../../../renderer/db/schemas';

describe('sync wire contract', () => {
  it('round-trips checkpoints and rejects anything else', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 63n }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (tx, seq) => {
        const c = { tx: tx.toString(), seq };
        expect(decodeCheckpoint(encodeCheckpoint(c))).toEqual(c);
      }),
    );
    for (const bad of ['', '1', '1.', '.1', '1.2.3', '-1.2', '1.-2', 'a.b', '1.99999999999999999', ' 1.2']) expect(decodeCheckpoint(bad)).toBeUndefined();
  });

  it('compares document states by content, ignoring key order and the hub receipt', () => {
    const a = { id: 'x', b: { d: 1, c: [1, 2] }, _deleted: false };
    const b = { _deleted: false, b: { c: [1, 2], d: 1 }, id: 'x', hubReceipt: { seq: 9, receivedAt: 'now' } };
    expect(sameDocumentState(a, b)).toBe(true);
    expect(sameDocumentState(a, { ...a, b: { d: 1, c: [2, 1] } })).toBe(false);
    expect(canonicalJson({ b: 1, a: undefined, c: 2 })).toBe('{"b":1,"c":2}');
  });

  it('orders listKey newest first as an ascending string', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.integer({ min: 1, max: 10_000_000 }), (t, dt) => {
        return listKeyFor(t + dt, 'b') < listKeyFor(t, 'a');
      }),
    );
  });

  it('keeps the RxDB schema and the zod schema on the same fields', () => {
    const zodFields = Object.keys(applicationSchema.shape).sort();
    expect(Object.keys(applicationRxSchema.properties).sort()).toEqual(zodFields);
    const requiredInZod = zodFields.filter((k) => !applicationSchema.shape[k as keyof typeof applicationSchema.shape].safeParse(undefined).success);
    expect([...(applicationRxSchema.required as string[])].sort()).toEqual(requiredInZod.sort());
    expect(applicationRxSchema.encrypted).toContain('applicant');
  });
});
