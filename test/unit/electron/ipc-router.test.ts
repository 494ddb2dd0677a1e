import { describe, expect, it, vi } from 'vitest';
import { IPC_PREFIX, ipcChannelNames, type IpcHandlers } from '../../../shared/ipc';
import { registerIpcRouter, type IpcEventLike, type IpcMainLike } from '../../../electron/main/ipc-router';

function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = {
    handle: (c, l) => void handlers.set(c, l),
    removeHandler: (c) => void handlers.delete(c),
  };
  return { ipcMain, handlers };
}

const appFrame: IpcEventLike = { senderFrame: { url: 'app://counter/index.html', parent: null } };
const config = { hubUrl: 'http://127.0.0.1:8787', terminalId: 'T1', hallId: 'H1', terminalName: '窗口1', token: 'x'.repeat(43) };

const notUsed = async (): Promise<never> => {
  throw new Error('not used in these tests');
};
const printingNotUsed = {
  'print.listPrinters': notUsed,
  'print.getPrinter': notUsed,
  'print.setPrinter': notUsed,
  'print.enqueue': notUsed,
  'print.listJobs': notUsed,
  'print.retry': notUsed,
  'print.cancel': notUsed,
  'print.reprint': notUsed,
  'documents.issue': notUsed,
} satisfies Partial<IpcHandlers>;

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return {
    'terminal.getConfig': vi.fn(async () => config),
    'terminal.getDatabaseKey': vi.fn(async () => ({ key: 'ab'.repeat(32) })),
    'app.getInfo': vi.fn(async () => ({ version: '1.0.0', shell: 'electron' as const, platform: 'linux' })),
    ...printingNotUsed,
    ...overrides,
  };
}

describe('IPC router', () => {
  it('registers every contract channel under the app prefix and removes them again', () => {
    const { ipcMain, handlers: h } = fakeIpcMain();
    const remove = registerIpcRouter(ipcMain, handlers());
    expect([...h.keys()].sort()).toEqual(ipcChannelNames.map((c) => IPC_PREFIX + c).sort());
    remove();
    expect(h.size).toBe(0);
  });

  it('answers the app frame with validated values', async () => {
    const { ipcMain, handlers: h } = fakeIpcMain();
    registerIpcRouter(ipcMain, handlers());
    expect(await h.get(`${IPC_PREFIX}terminal.getConfig`)?.(appFrame, {})).toEqual({ ok: true, value: config });
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['an iframe inside the app', { senderFrame: { url: 'app://counter/index.html', parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s', async (_what, event) => {
    const { ipcMain, handlers: h } = fakeIpcMain();
    const impl = handlers();
    registerIpcRouter(ipcMain, impl);
    expect(await h.get(`${IPC_PREFIX}terminal.getDatabaseKey`)?.(event as IpcEventLike, {})).toMatchObject({ ok: false, code: 'UNTRUSTED_SENDER' });
    expect(impl['terminal.getDatabaseKey']).not.toHaveBeenCalled();
  });

  it('rejects arguments that do not match the contract without calling the service', async () => {
    const { ipcMain, handlers: h } = fakeIpcMain();
    const impl = handlers();
    registerIpcRouter(ipcMain, impl);
    expect(await h.get(`${IPC_PREFIX}app.getInfo`)?.(appFrame, { evil: true })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await h.get(`${IPC_PREFIX}app.getInfo`)?.(appFrame, 'string')).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(impl['app.getInfo']).not.toHaveBeenCalled();
  });

  it('refuses a service answer that breaks the contract', async () => {
    const { ipcMain, handlers: h } = fakeIpcMain();
    registerIpcRouter(ipcMain, handlers({ 'terminal.getDatabaseKey': async () => ({ key: 'short' }) }));
    expect(await h.get(`${IPC_PREFIX}terminal.getDatabaseKey`)?.(appFrame, {})).toMatchObject({ ok: false, code: 'HANDLER_FAILED' });
  });

  it('turns a service failure into an error value, not a crash', async () => {
    const { ipcMain, handlers: h } = fakeIpcMain();
    registerIpcRouter(ipcMain, handlers({ 'terminal.getConfig': async () => Promise.reject(new Error('磁盘不可读')) }));
    expect(await h.get(`${IPC_PREFIX}terminal.getConfig`)?.(appFrame, {})).toEqual({ ok: false, code: 'HANDLER_FAILED', message: '磁盘不可读' });
  });
});
