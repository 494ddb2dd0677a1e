/**
 * The workstation as `npm start` runs it without an Electron binary: a local hub
 * (PGlite under the data folder, or DATABASE_URL), a terminal enrolled to it, and the
 * device host serving the browser build. End-to-end tests start exactly this.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createMainHandlers } from '../electron/main/services/handlers';
import { enrolWithHub, renewTokenIfDue } from '../electron/main/services/enrolment';
import { TerminalStore, unprotectedSealer } from '../electron/main/services/terminal-store';
import { startDeviceHost } from '../electron/device-host/server';
import { fontLoader } from '../electron/main/services/documents/fonts';
import { createPrinter, jsonLinesAuditLog, JsonSettingsFile, PrintService } from '../electron/main/services/printing';
import { startHub, type RunningHub } from '../sync/hub/server';
import { createEnrolmentCode, ensureHall } from '../sync/hub/repositories/terminals';
import type { HubOptions } from '../sync/hub/app';

export const DEV_HALL = { id: '330106-001', name: '西湖区民生服务中心（演示）' };

export interface DevWorkstationOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  hubPort?: number;
  hostPort?: number;
  rendererRoot: string;
  hubLogger?: HubOptions['logger'];
  version?: string;
}

export interface DevWorkstation {
  hub: RunningHub;
  /** Open this in a browser: includes the per-launch token in the fragment. */
  url: string;
  hostUrl: string;
  launchToken: string;
  store: TerminalStore;
  close(): Promise<void>;
}

export async function startDevWorkstation(o: DevWorkstationOptions): Promise<DevWorkstation> {
  const hub = await startHub({
    databaseUrl: o.databaseUrl,
    dataDir: o.databaseUrl ? undefined : path.join(o.dataDir, 'hub'),
    port: o.hubPort ?? 8787,
    logger: o.hubLogger,
  });
  const store = new TerminalStore(path.join(o.dataDir, 'terminal'), unprotectedSealer);
  await ensureEnrolled(store, hub);
  await renewTokenIfDue(store);
  const printing = await PrintService.open({
    dir: path.join(o.dataDir, 'terminal', 'print-queue'),
    printer: createPrinter(process.platform),
    settings: new JsonSettingsFile(path.join(o.dataDir, 'terminal', 'settings.json')),
    audit: jsonLinesAuditLog(path.join(o.dataDir, 'terminal', 'audit', 'print.jsonl')),
  });
  printing.start();
  const launchToken = randomBytes(24).toString('base64url');
  const host = await startDeviceHost({
    rendererRoot: o.rendererRoot,
    handlers: createMainHandlers({ store, version: o.version ?? '0.0.0', shell: 'browser', platform: process.platform, printing, fonts: fontLoader() }),
    launchToken,
    hubOrigin: new URL(hub.url).origin,
    port: o.hostPort ?? 5173,
  });
  return {
    hub,
    url: `${host.url}/#launch=${launchToken}`,
    hostUrl: host.url,
    launchToken,
    store,
    async close() {
      await host.close();
      await printing.stop();
      await hub.close();
    },
  };
}

/** Enrols the dev terminal once; keeps its hub URL current if the hub's port changed. */
async function ensureEnrolled(store: TerminalStore, hub: RunningHub): Promise<void> {
  const existing = await store.getConfig();
  if (existing) {
    const known = await hub.db.query('select 1 from terminals where id = $1 and revoked_at is null', [existing.terminalId]);
    if (known.length > 0) {
      if (existing.hubUrl !== hub.url) await store.saveConfig({ ...existing, hubUrl: hub.url });
      return;
    }
    console.warn('the saved terminal is unknown to this hub (was the hub data reset?): enrolling anew');
  }
  await ensureHall(DEV_HALL.id, DEV_HALL.name)(hub.db);
  const code = await createEnrolmentCode(DEV_HALL.id)(hub.db);
  await store.saveConfig(await enrolWithHub(hub.url, code, '综合窗口 01（演示）'));
}
