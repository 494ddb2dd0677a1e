/**
 * Strict type-check of every layer with its own tsconfig, so each sees only the
 * globals it may use (shared/: neither DOM nor Node; renderer/: no Node).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const layers = ['shared', 'sync/client', 'sync/hub', 'renderer', 'electron', 'test'];
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let failed = 0;
for (const layer of layers) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(layer, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
  const ok = r.status === 0;
  if (!ok) failed++;
  console.log(`typecheck ${layer}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
process.exit(failed === 0 ? 0 : 1);
