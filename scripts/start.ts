/**
 * `npm start`: a local hub and the workstation against it.
 * - With an Electron binary installed: builds and opens the Electron window.
 * - Without one (ELECTRON_SKIP_BINARY_DOWNLOAD, or these CI machines): serves the same
 *   workstation build to a browser through the device host and prints the URL.
 * Options (env): COUNTER_DATA_DIR (default ./data), DATABASE_URL, HUB_PORT (8787),
 * WORKSTATION_PORT (5173), COUNTER_SHELL=browser to force the browser mode.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { startDevWorkstation } from './dev-workstation';
import { createEnrolmentCode, ensureHall } from '../sync/hub/repositories/terminals';
import { startHub } from '../sync/hub/server';
import { DEV_HALL } from './dev-workstation';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(process.env.COUNTER_DATA_DIR ?? path.join(root, 'data'));
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

function electronBinary(): string | undefined {
  if (process.env.COUNTER_SHELL === 'browser') return undefined;
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' ? p : undefined;
  } catch {
    return undefined; // package present but binary not downloaded
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const binary = electronBinary();

if (binary) {
  console.log('mode: Electron window (Electron binary found)');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], { VITE_SHELL: 'electron' });
  run(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-electron.ts']);
  const hub = await startHub({ dataDir: path.join(dataDir, 'hub'), databaseUrl: process.env.DATABASE_URL, port: Number(process.env.HUB_PORT ?? 8787) });
  await ensureHall(DEV_HALL.id, DEV_HALL.name)(hub.db);
  const code = await createEnrolmentCode(DEV_HALL.id)(hub.db);
  const child = spawn(binary, [path.join(root, 'dist', 'electron', 'main', 'index.js')], {
    stdio: 'inherit',
    // First start only: the main process enrols itself with this code and seals the token.
    env: { ...process.env, COUNTER_HUB_URL: hub.url, COUNTER_ENROLMENT_CODE: code },
  });
  child.on('exit', async (status) => {
    await hub.close();
    process.exit(status ?? 0);
  });
} else {
  console.log('mode: browser (no Electron binary installed) — the workstation is served to your browser');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], { VITE_SHELL: 'browser' });
  const ws = await startDevWorkstation({
    dataDir,
    databaseUrl: process.env.DATABASE_URL,
    hubPort: Number(process.env.HUB_PORT ?? 8787),
    hostPort: Number(process.env.WORKSTATION_PORT ?? 5173),
    rendererRoot: path.join(root, 'dist', 'renderer'),
    version,
  });
  console.log(`hub:         ${ws.hub.url} (${ws.hub.db.kind}${process.env.DATABASE_URL ? '' : `, data in ${path.join(dataDir, 'hub')}`})`);
  console.log(`workstation: ${ws.url}`);
  console.log('Open the workstation address above in Chromium, Chrome or Edge. Ctrl+C stops both.');
  const stop = async () => {
    await ws.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
