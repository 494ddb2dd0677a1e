import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCheckpoint, hubRoutes, limits, type Checkpoint } from '../../../shared/sync';
import { countDocuments } from '../../../sync/hub/repositories/documents';
import { makeApplication } from '../../support/fixtures';
import { databaseKinds, startTestHub, type TestHub, type TestTerminal } from '../../support/hub';
import { startLossyProxy } from '../../support/lossy-proxy';

const kinds = await databaseKinds();

describe.each(kinds)('hub sync endpoints on $kind', ({ kind, skip }) => {
  if (skip) {
    it.skip(`SKIPPED: no PostgreSQL server for the ${kind} cases`, () => {});
    return;
  }
  let hub: TestHub;
  let a: TestTerminal;
  let b: TestTerminal;

  beforeAll(async () => {
    hub = await startTestHub(kind);
    a = await hub.enrol('hall-a');
    b = await hub.enrol('hall-b');
  });
  afterAll(async () => hub?.close());

  const push = (t: TestTerminal, body: unknown, base = hub.url, raw = false) =>
    fetch(base + hubRoutes.push('applications'), {
      method: 'POST',
      headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
      body: raw ? (body as string) : JSON.stringify(body),
    });
  const pull = (t: TestTerminal, checkpoint?: Checkpoint | null, limit = 100) =>
    fetch(`${hub.url}${hubRoutes.pull('applications')}?limit=${limit}${checkpoint ? `&checkpoint=${encodeCheckpoint(checkpoint)}` : ''}`, {
      headers: { authorization: `Bearer ${t.token}` },
    });
  const count = (id?: string) => countDocuments('applications', id)(hub.db);

  it("stores a pushed application and serves it to the hall's other terminals with the hub receipt, not back to its writer", async () => {
    const doc = makeApplication(a);
    const res = await push(a, [{ newDocumentState: doc }]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
    const neighbour = await hub.enrol('hall-a', 'window 2');
    const pulled = (await (await pull(neighbour)).json()) as { documents: Record<string, unknown>[] };
    const back = pulled.documents.find((d) => d.id === doc.id);
    expect(back).toMatchObject({ id: doc.id, applicant: doc.applicant, _deleted: false });
    expect(back?.hubReceipt).toMatchObject({ seq: expect.any(Number), receivedAt: expect.any(String) });
    const own = (await (await pull(a)).json()) as { documents: { id: string }[] };
    expect(own.documents.map((d) => d.id)).not.toContain(doc.id);
  });

  it('writes a push sent twice only once', async () => {
    const doc = makeApplication(a);
    const body = [{ newDocumentState: doc }];
    expect(await (await push(a, body)).json()).toEqual([]);
    const seqBefore = await hub.db.query<{ seq: string }>(`select seq::text as seq from documents where id = $1`, [doc.id]);
    expect(await (await push(a, body)).json()).toEqual([]);
    const seqAfter = await hub.db.query<{ seq: string }>(`select seq::text as seq from documents where id = $1`, [doc.id]);
    expect(await count(doc.id)).toBe(1);
    expect(seqAfter).toEqual(seqBefore);
  });

  it('holds one row when the response is lost after the hub committed and the terminal retries', async () => {
    const proxy = await startLossyProxy(hub.url);
    try {
      const doc = makeApplication(a);
      const body = [{ newDocumentState: doc }];
      proxy.dropResponses(1);
      await expect(push(a, body, proxy.url)).rejects.toThrow();
      expect(await count(doc.id)).toBe(1); // committed although the terminal never heard back
      const retry = await push(a, body, proxy.url);
      expect(retry.status).toBe(200);
      expect(await retry.json()).toEqual([]);
      expect(await count(doc.id)).toBe(1);
      expect(proxy.forwarded).toBe(2);
    } finally {
      await proxy.close();
    }
  });

  it('answers racing duplicate pushes with one row and no conflict', async () => {
    const doc = makeApplication(a);
    const body = [{ newDocumentState: doc }];
    const answers = await Promise.all([push(a, body), push(a, body), push(a, body)]);
    for (const r of answers) expect(await r.json()).toEqual([]);
    expect(await count(doc.id)).toBe(1);
  });

  it('returns the master state as a conflict when the terminal assumed an older one', async () => {
    const doc = makeApplication(a);
    await push(a, [{ newDocumentState: doc }]);
    const stale = { ...doc, matter: { code: 'X', name: '旧事项' } };
    const changed = { ...doc, matter: { code: 'Y', name: '新事项' } };
    const res = await push(a, [{ assumedMasterState: stale, newDocumentState: changed }]);
    const conflicts = (await res.json()) as { id: string; matter: unknown }[];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ id: doc.id, matter: doc.matter });
  });

  it('rejects malformed JSON with a problem and writes nothing', async () => {
    const before = await count();
    const res = await push(a, '[{"newDocumentState": {', hub.url, true);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 400, code: 'MALFORMED_BODY' });
    expect(await count()).toBe(before);
  });

  it('rejects a batch with one invalid row as a whole, naming the field but not its value', async () => {
    const before = await count();
    const good = makeApplication(a);
    const bad = makeApplication(a, { applicant: { kind: 'person', name: '测试', residentId: '12345' } });
    const res = await push(a, [{ newDocumentState: good }, { newDocumentState: bad }]);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.path)).toContain('body.1.newDocumentState.applicant.residentId');
    expect(JSON.stringify(problem)).not.toContain('12345');
    expect(await count()).toBe(before);
  });

  it('rejects a body that is not an array, and oversize batches', async () => {
    expect((await push(a, { rows: [] })).status).toBe(422);
    const many = Array.from({ length: limits.maxPushRows + 1 }, () => ({ newDocumentState: makeApplication(a) }));
    const res = await push(a, many);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'BATCH_TOO_LARGE' });
  });

  it('refuses requests without a valid token', async () => {
    const res = await fetch(hub.url + hubRoutes.pull('applications'));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const forged = await pull({ ...a, token: 'x'.repeat(43) });
    expect(forged.status).toBe(401);
  });

  it('refuses unknown collections and bad checkpoints with specific problems', async () => {
    const unknown = await fetch(`${hub.url}/v1/sync/passwords/pull`, { headers: { authorization: `Bearer ${a.token}` } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'UNKNOWN_COLLECTION' });
    const bad = await fetch(`${hub.url}${hubRoutes.pull('applications')}?checkpoint=yesterday`, {
      headers: { authorization: `Bearer ${a.token}` },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_CHECKPOINT' });
    const badLimit = await fetch(`${hub.url}${hubRoutes.pull('applications')}?limit=100000`, {
      headers: { authorization: `Bearer ${a.token}` },
    });
    expect(badLimit.status).toBe(422);
  });

  it('scopes terminals to their hall: no writing for another hall, no reading it', async () => {
    const before = await count();
    const forB = makeApplication(b);
    const res = await push(a, [{ newDocumentState: forB }]);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'WRONG_HALL' });
    expect(await count()).toBe(before);

    const ofA = makeApplication(a);
    await push(a, [{ newDocumentState: ofA }]);
    const seenByB = (await (await pull(b)).json()) as { documents: { id: string }[] };
    expect(seenByB.documents.map((d) => d.id)).not.toContain(ofA.id);
    // B cannot overwrite A's record by reusing its id either.
    const hijack = await push(b, [{ newDocumentState: { ...ofA, hallId: b.hallId, terminalId: b.terminalId } }]);
    expect(hijack.status).toBe(403);
  });

  it('pages through changes with the checkpoint, each document exactly once, in hub order', async () => {
    const t = await hub.enrol('hall-paging');
    const reader = await hub.enrol('hall-paging', 'reader');
    const docs = Array.from({ length: 7 }, () => makeApplication(t));
    for (const d of docs) await push(t, [{ newDocumentState: d }]);
    const seen: string[] = [];
    let checkpoint: Checkpoint | null = null;
    for (let i = 0; i < 10; i++) {
      const page = (await (await pull(reader, checkpoint, 3)).json()) as { documents: { id: string }[]; checkpoint: Checkpoint };
      if (page.documents.length === 0) break;
      seen.push(...page.documents.map((d) => d.id));
      checkpoint = page.checkpoint;
    }
    expect(seen).toEqual(docs.map((d) => d.id));
  });
});
