import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionNames, hubRoutes } from '../../../shared/sync';
import { makeApplication } from '../../support/fixtures';
import { startTestHub, type TestHub, type TestTerminal } from '../../support/hub';

/**
 * Random bodies, queries and tokens at every endpoint: the hub must answer each with a
 * JSON problem or a success, never a 5xx, and a refused write must leave nothing behind.
 */
describe('hub fuzz: no 5xx on random input', () => {
  let hub: TestHub;
  let t: TestTerminal;
  let tokens: string[];

  beforeAll(async () => {
    hub = await startTestHub('pglite');
    t = await hub.enrol('hall-fuzz');
    tokens = [t.token, await hub.serviceToken('admin'), await hub.serviceToken('backoffice'), '', 'garbage', 'x'.repeat(43)];
  });
  afterAll(async () => hub?.close());

  const appId = 'app-fuzz-target-0001';
  const posts = [
    ...collectionNames.map((c) => hubRoutes.push(c)),
    hubRoutes.enrol(),
    hubRoutes.adminEnrolmentCodes(),
    hubRoutes.adminCatalog(),
    hubRoutes.adminCalendar(),
    hubRoutes.adminUsers(),
    hubRoutes.adminRevoke('Tnope'),
    hubRoutes.backOfficeEvents(appId),
    '/v1/sync/%00/push',
    '/v1/sync/../push',
  ];
  const gets = [...collectionNames.map((c) => hubRoutes.pull(c)), hubRoutes.reconciliation(), hubRoutes.metrics(), '/v1/sync/nope/pull'];

  // JSON-ish values shaped like our documents, and pure noise.
  const jsonBody = fc.oneof(
    fc.json(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.array(fc.record({ newDocumentState: fc.anything(), assumedMasterState: fc.option(fc.anything()) }), { maxLength: 5 }).map((v) => JSON.stringify(v)),
    fc.constantFrom('', '{', '[', 'null', '[null]', '"x"', '{"__proto__":{"a":1}}', '[{"newDocumentState":{"constructor":{"prototype":{}}}}]'),
    fc.string({ maxLength: 300 }),
  );
  const query = fc.dictionary(fc.constantFrom('checkpoint', 'limit', 'terminal', 'day', 'collection', 'x'), fc.string({ maxLength: 30 }));

  it('POST endpoints answer random bodies with 2xx or 4xx', async () => {
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...posts), jsonBody, fc.constantFrom(...[0, 1, 2, 3, 4, 5]), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (path, body, tk, type) => {
        requests++;
        const res = await fetch(hub.url + path, { method: 'POST', headers: { authorization: `Bearer ${tokens[tk]}`, 'content-type': type }, body });
        const text = await res.text();
        expect(res.status, `${path} ${body.slice(0, 80)} → ${text.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 1500 },
    );
    expect(requests).toBeGreaterThanOrEqual(1500);
  });

  it('GET endpoints answer random queries with 2xx or 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...gets), query, fc.constantFrom(...[0, 1, 2, 3, 4, 5]), async (path, q, tk) => {
        const res = await fetch(`${hub.url}${path}?${new URLSearchParams(q)}`, { headers: { authorization: `Bearer ${tokens[tk]}` } });
        await res.arrayBuffer();
        expect(res.status, `${path}?${new URLSearchParams(q)}`).toBeLessThan(500);
      }),
      { numRuns: 1000 },
    );
  });

  it('valid documents with random mutations are either stored whole or not at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('applicant', 'matter', 'createdAt', 'hallId', 'listKey', 'id'), fc.anything(), async (field, value) => {
        const doc = makeApplication(t);
        const mutated = { ...doc, [field]: value };
        const res = await fetch(hub.url + hubRoutes.push('applications'), {
          method: 'POST',
          headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
          body: JSON.stringify([{ newDocumentState: mutated }]),
        });
        expect(res.status).toBeLessThan(500);
        const stored = await hub.db.query<{ n: string }>('select count(*)::text as n from documents where id = $1', [String(mutated.id)]);
        if (res.status !== 200) expect(Number(stored[0]?.n ?? 0)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});
