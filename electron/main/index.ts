/**
 * Electron main process: windows, security, the IPC router. Thin on purpose — the
 * services it wires are plain modules tested under Node (test/unit/electron).
 */
import { BrowserWindow, app, ipcMain, net, protocol, safeStorage, session } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_ENTRY, APP_SCHEME, contentSecurityPolicy, isAppUrl } from './app-origin';
import { registerIpcRouter } from './ipc-router';
import { mimeTypeFor, resolveAppAsset } from './protocol';
import { safeStorageSealer } from './safe-storage';
import { enrolWithHub, renewTokenIfDue } from './services/enrolment';
import { createMainHandlers } from './services/handlers';
import { TerminalStore } from './services/terminal-store';
import { fontLoader } from './services/documents/fonts';
import { createPrinter, jsonLinesAuditLog, JsonSettingsFile, PrintService } from './services/printing';
import { hardenWebContents, isPermissionAllowed, secureWebPreferences } from './window-options';

// Must run before `ready`: the scheme behaves like https (secure context, fetch, storage).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const rendererRoot = path.join(import.meta.dirname, '..', '..', 'renderer');
const preloadPath = path.join(import.meta.dirname, '..', 'preload', 'index.cjs');

// Every window created anywhere gets the same navigation and window-open denial.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

async function main(): Promise<void> {
  await app.whenReady();
  const store = new TerminalStore(
    path.join(app.getPath('userData'), 'terminal'),
    safeStorageSealer(safeStorage, process.platform, process.env.COUNTER_ALLOW_WEAK_KEYRING === '1'),
  );
  let config = await store.getConfig().catch(() => null);
  // First start after install: IT (or `npm start`) provides the hub and a one-time code.
  if (!config && process.env.COUNTER_HUB_URL && process.env.COUNTER_ENROLMENT_CODE) {
    config = await enrolWithHub(process.env.COUNTER_HUB_URL, process.env.COUNTER_ENROLMENT_CODE, process.env.COUNTER_TERMINAL_NAME ?? 'counter');
    await store.saveConfig(config);
  }
  if (config) await renewTokenIfDue(store);
  config = await store.getConfig().catch(() => config);
  const csp = contentSecurityPolicy(config ? new URL(config.hubUrl).origin : undefined);

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererRoot, request.url);
    if (!file) return new Response('not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    return new Response(res.body, {
      status: res.status,
      headers: { 'content-type': mimeTypeFor(file), 'content-security-policy': csp, 'x-content-type-options': 'nosniff' },
    });
  });

  session.defaultSession.setPermissionRequestHandler((webContents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, webContents.getURL(), { mediaTypes: (details as { mediaTypes?: string[] }).mediaTypes ?? [] })),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission, origin) => permission === 'media' && isAppUrl(`${origin}/`));

  const userData = app.getPath('userData');
  const printing = await PrintService.open({
    dir: path.join(userData, 'print-queue'),
    printer: createPrinter(process.platform, { sumatraPdfPath: path.join(process.resourcesPath, 'SumatraPDF.exe') }),
    settings: new JsonSettingsFile(path.join(userData, 'terminal', 'settings.json')),
    audit: jsonLinesAuditLog(path.join(userData, 'audit', 'print.jsonl')),
  });
  printing.start();
  app.on('before-quit', () => void printing.stop());

  registerIpcRouter(
    ipcMain,
    createMainHandlers({
      store,
      version: app.getVersion(),
      shell: 'electron',
      platform: process.platform,
      printing,
      fonts: fontLoader(app.isPackaged ? path.join(process.resourcesPath, 'fonts') : undefined),
    }),
  );

  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    show: false,
    title: '一窗受理工作台',
    webPreferences: secureWebPreferences(preloadPath),
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(APP_ENTRY);
}

app.on('window-all-closed', () => app.quit());
main().catch((e: unknown) => {
  console.error('workstation failed to start:', e instanceof Error ? e.message : e);
  app.exit(1);
});
