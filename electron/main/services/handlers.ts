import type { IpcHandlers } from '../../../shared/ipc';
import type { TerminalStore } from './terminal-store';
import { createPrintHandlers, type PrintService } from './printing';
import type { DocumentFonts } from '../../../shared/documents-pdf';
import { issueDocument } from './documents/issue-document';

/** The main-process services behind the contract; the same object serves Electron IPC and the device host. */
export function createMainHandlers(deps: { store: TerminalStore; version: string; shell: 'electron' | 'browser'; platform: string; printing: PrintService; fonts: () => Promise<DocumentFonts> }) {
  return {
    'terminal.getConfig': async () => deps.store.getConfig(),
    'terminal.getDatabaseKey': async () => ({ key: await deps.store.getDatabaseKey() }),
    'app.getInfo': async () => ({ version: deps.version, shell: deps.shell, platform: deps.platform }),
    ...createPrintHandlers(deps.printing),
    'documents.issue': async (request) => issueDocument(request, deps.fonts),
  } satisfies IpcHandlers;
}
