/**
 * Channel names of the main ⇄ renderer contract, without their schemas, so the
 * preload can allow-list them without bundling validation code. Every channel
 * travels as `counter:<name>`; the preload refuses anything else.
 */
export const IPC_PREFIX = 'counter:';

export const ipcChannelNames = [
  'terminal.getConfig',
  'terminal.getDatabaseKey',
  'app.getInfo',
  'print.listPrinters',
  'print.getPrinter',
  'print.setPrinter',
  'print.enqueue',
  'print.listJobs',
  'print.retry',
  'print.cancel',
  'print.reprint',
  'documents.issue',
] as const;
export type IpcChannel = (typeof ipcChannelNames)[number];

export const isIpcChannel = (name: unknown): name is IpcChannel =>
  typeof name === 'string' && (ipcChannelNames as readonly string[]).includes(name);
