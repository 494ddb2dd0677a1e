import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog';
import { defaultCalendar } from '../../../shared/calendar';
import { hubRoutes, reconciliationDigest } from '../../../shared/sync';
import { makeApplication } from '../../support/fixtures';
import { databaseKinds, startTestHub, type TestHub, type TestTerminal } from '../../support/hub';

const kinds = await databaseKinds();
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');

describe.each(kinds)('hub services on $kind', ({ kind, skip }) => {
  if (skip) {
    it.skip(`SKIPPED: no PostgreSQL server for the ${kind} cases`, () => {});
    return;
  }
  let hub: TestHub;
  let a: TestTerminal;
  let admin: string;
  let backoffice: string;

  beforeAll(async () => {
    hub = await startTestHub(kind);
    a = await hub.enrol('hall-a');
    admin = await hub.serviceToken('admin');
    backoffice = await hub.serviceToken('backoffice');
  });
  afterAll(async () => hub?.close());

  const call = (path: string, token: string, init: RequestInit = {}) =>
    fetch(hub.url + path, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
  const post = (path: string, token: string, body: unknown) => call(path, token, { method: 'POST', body: JSON.stringify(body) });
  const pullAll = async (t: TestTerminal, collection: Parameters<typeof hubRoutes.pull>[0]) =>
    ((await (await call(`${hubRoutes.pull(collection)}?limit=500`, t.token)).json()) as { documents: Record<string, unknown>[] }).documents;

  it('enrols a terminal with a code from the admin API, once only', async () => {
    const res = await post(hubRoutes.adminEnrolmentCodes(), admin, { hallId: 'hall-new', hallName: '新大厅' });
    expect(res.status).toBe(201);
    const { code } = (await res.json()) as { code: string };
    const first = await post(hubRoutes.enrol(), 'unused-token-xxxxxxxx', { code, terminalName: '窗口9' });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ hallId: 'hall-new', token: expect.any(String) });
    const again = await post(hubRoutes.enrol(), 'unused-token-xxxxxxxx', { code, terminalName: '窗口10' });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 'ENROLMENT_CODE_INVALID' });
  });

  it('refuses a revoked terminal token on every sync route', async () => {
    const t = await hub.enrol('hall-a', 'to revoke');
    expect((await call(hubRoutes.pull('applications'), t.token)).status).toBe(200);
    const r = await post(hubRoutes.adminRevoke(t.terminalId), admin, {});
    expect(r.status).toBe(200);
    for (const res of [
      await call(hubRoutes.pull('applications'), t.token),
      await post(hubRoutes.push('applications'), t.token, [{ newDocumentState: makeApplication(t) }]),
      await call(hubRoutes.stream(), t.token),
    ]) {
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ code: 'TOKEN_REVOKED' });
    }
  });

  it('refuses an expired terminal token, and a renewed token replaces the old one', async () => {
    const t = await hub.enrol('hall-a', 'to expire');
    const renewed = await post(hubRoutes.renew(), t.token, {});
    expect(renewed.status).toBe(200);
    const { token } = (await renewed.json()) as { token: string };
    expect((await call(hubRoutes.pull('applications'), t.token)).status).toBe(401);
    expect((await call(hubRoutes.pull('applications'), token)).status).toBe(200);
    await hub.db.query(`update terminals set token_expires_at = now() - interval '1 second' where id = $1`, [t.terminalId]);
    const expired = await call(hubRoutes.pull('applications'), token);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'TOKEN_EXPIRED' });
  });

  it('keeps roles apart: terminals cannot administer, back office cannot enrol', async () => {
    expect((await post(hubRoutes.adminEnrolmentCodes(), a.token, { hallId: 'x', hallName: 'x' })).status).toBe(403);
    expect((await post(hubRoutes.adminEnrolmentCodes(), backoffice, { hallId: 'x', hallName: 'x' })).status).toBe(403);
    expect((await call(hubRoutes.metrics(), a.token)).status).toBe(403);
    const metrics = await call(hubRoutes.metrics(), admin);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('hub_http_request_duration_seconds');
  });

  it('terminals may not write hub-owned collections or back-office events', async () => {
    const catalog = await post(hubRoutes.push('catalog'), a.token, []);
    expect(catalog.status).toBe(403);
    expect(await catalog.json()).toMatchObject({ code: 'FORBIDDEN_COLLECTION' });
    const app = makeApplication(a);
    const event = { id: `ev-${app.id}`, caseId: app.id, hallId: a.hallId, terminalId: a.terminalId, type: 'approved', at: new Date().toISOString(), actor: { kind: 'clerk' }, _deleted: false };
    const res = await post(hubRoutes.push('case_events'), a.token, [{ newDocumentState: event }]);
    expect(res.status).toBe(403);
  });

  it('appends a back-office event idempotently and serves it to the case hall only', async () => {
    const app = makeApplication(a);
    await post(hubRoutes.push('applications'), a.token, [{ newDocumentState: app }]);
    const body = { type: 'approved', actorRef: '市公安局户政科', eventId: `bo-${app.id}` };
    const first = await post(hubRoutes.backOfficeEvents(app.id), backoffice, body);
    expect(first.status).toBe(201);
    const again = await post(hubRoutes.backOfficeEvents(app.id), backoffice, body);
    expect(again.status).toBe(200);
    const events = (await pullAll(a, 'case_events')).filter((e) => e.caseId === app.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'approved', hallId: a.hallId, actor: { kind: 'backoffice', ref: '市公安局户政科' } });
    const other = await hub.enrol('hall-b');
    expect((await pullAll(other, 'case_events')).some((e) => e.caseId === app.id)).toBe(false);
    const missing = await post(hubRoutes.backOfficeEvents('app-does-not-exist'), backoffice, body);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'CASE_NOT_FOUND' });
    expect((await post(hubRoutes.backOfficeEvents(app.id), a.token, body)).status).toBe(403);
  });

  it('imports a catalog version once and every hall pulls it', async () => {
    const catalog = { ...defaultCatalog, version: `t-${kind}-1` };
    const res = await post(hubRoutes.adminCatalog(), admin, catalog);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ documents: catalog.matters.length + catalog.bundles.length + 1 });
    expect((await post(hubRoutes.adminCatalog(), admin, catalog)).status).toBe(409);
    const entries = await pullAll(a, 'catalog');
    expect(entries.filter((e) => e.version === catalog.version && e.kind === 'matter')).toHaveLength(catalog.matters.length);
    const bad = await post(hubRoutes.adminCatalog(), admin, { ...catalog, version: 't-bad', matters: [{ name: '缺字段' }] });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ code: 'CATALOG_INVALID' });
  });

  it('imports a working calendar and refuses invalid ones', async () => {
    const res = await post(hubRoutes.adminCalendar(), admin, defaultCalendar.data);
    expect(res.status).toBe(201);
    const docs = await pullAll(a, 'calendar');
    expect(docs.map((d) => d.version)).toContain(defaultCalendar.data.version);
    const bad = await post(hubRoutes.adminCalendar(), admin, { version: 'x', holidays: 'none' });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ code: 'CALENDAR_INVALID' });
  });

  it('reconciles per terminal and day with the digest a terminal computes itself', async () => {
    const t = await hub.enrol('hall-a', 'reconcile');
    const docs = Array.from({ length: 4 }, () => makeApplication(t));
    await post(hubRoutes.push('applications'), t.token, docs.map((d) => ({ newDocumentState: d })));
    const day = '2026-11-23';
    const res = await call(`${hubRoutes.reconciliation()}?terminal=${t.terminalId}&day=${day}`, t.token);
    expect(res.status).toBe(200);
    const hubSide = (await res.json()) as { count: number; digest: string };
    const local = await reconciliationDigest(docs, sha256);
    expect(hubSide).toMatchObject({ count: 4, digest: local.digest });
    // A terminal of another hall may not ask.
    const other = await hub.enrol('hall-b');
    expect((await call(`${hubRoutes.reconciliation()}?terminal=${t.terminalId}&day=${day}`, other.token)).status).toBe(403);
    expect((await call(`${hubRoutes.reconciliation()}?terminal=${t.terminalId}&day=23.11.2026`, t.token)).status).toBe(422);
  });

  it('streams a change notice to the hall when a document is written', async () => {
    const controller = new AbortController();
    const res = await fetch(hub.url + hubRoutes.stream(), { headers: { authorization: `Bearer ${a.token}` }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const until = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += decoder.decode(value);
      }
    };
    await until('"resync"');
    await post(hubRoutes.push('applications'), a.token, [{ newDocumentState: makeApplication(a) }]);
    await until('"collection":"applications"');
    controller.abort();
  });
});
