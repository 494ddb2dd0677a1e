import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubRoutes } from '../../../shared/sync';
import { RENEW_BEFORE_MS, enrolWithHub, renewTokenIfDue } from '../../../electron/main/services/enrolment';
import { TerminalStore, unprotectedSealer } from '../../../electron/main/services/terminal-store';
import { createEnrolmentCode, ensureHall } from '../../../sync/hub/repositories/terminals';
import { startTestHub, type TestHub } from '../../support/hub';

describe('terminal token renewal (main-process service against a live hub)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('pglite');
    await ensureHall('hall-renew', '续期大厅')(hub.db);
  });
  afterAll(async () => hub?.close());

  it('renews when due, saves the new token, and the old one stops working', async () => {
    const store = new TerminalStore(await mkdtemp(path.join(tmpdir(), 'renew-')), unprotectedSealer);
    const config = await enrolWithHub(hub.url, await createEnrolmentCode('hall-renew')(hub.db), '窗口');
    expect(Date.parse(config.tokenExpiresAt!)).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    await store.saveConfig(config);
    expect(await renewTokenIfDue(store)).toBe('not-due');
    // 50 days before expiry: due.
    expect(await renewTokenIfDue(store, Date.parse(config.tokenExpiresAt!) - RENEW_BEFORE_MS + 10 * 86_400_000)).toBe('renewed');
    const after = (await store.getConfig())!;
    expect(after.token).not.toBe(config.token);
    const pull = (token: string) => fetch(hub.url + hubRoutes.pull('applications'), { headers: { authorization: `Bearer ${token}` } });
    expect((await pull(config.token)).status).toBe(401);
    expect((await pull(after.token)).status).toBe(200);
  });

  it('keeps the old token when the hub cannot be reached', async () => {
    const store = new TerminalStore(await mkdtemp(path.join(tmpdir(), 'renew-')), unprotectedSealer);
    const config = await enrolWithHub(hub.url, await createEnrolmentCode('hall-renew')(hub.db), '窗口');
    await store.saveConfig({ ...config, hubUrl: 'http://127.0.0.1:9', tokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(await renewTokenIfDue(store)).toBe('failed');
    expect((await store.getConfig())!.token).toBe(config.token);
  });
});
