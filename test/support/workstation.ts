import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDevWorkstation, type DevWorkstation } from '../../scripts/dev-workstation';

export const rendererBuild = path.resolve(import.meta.dirname, '../../dist/renderer');

/** What `npm start` runs in browser mode, on random ports and a scratch data folder. */
export async function startE2EWorkstation(opts: { databaseUrl?: string } = {}): Promise<DevWorkstation & { dataDir: string }> {
  if (!existsSync(path.join(rendererBuild, 'index.html')))
    throw new Error('No renderer build in dist/renderer: run `npm run build:renderer` first (npm test does).');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'counter-e2e-'));
  const ws = await startDevWorkstation({ dataDir, rendererRoot: rendererBuild, hubPort: 0, hostPort: 0, databaseUrl: opts.databaseUrl, hubLogger: false });
  return {
    ...ws,
    dataDir,
    async close() {
      await ws.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
