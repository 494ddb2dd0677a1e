/**
 * Bundles the Electron main process (ESM) and the preload (CommonJS: a sandboxed
 * preload cannot load ES modules or anything but `electron`) into dist/electron.
 */
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist/electron/main/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  // Bundled CommonJS dependencies (pdf-to-printer) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __counterCreateRequire } from 'node:module'; const require = __counterCreateRequire(import.meta.url);" },
});
await build({
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist/electron/preload/index.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
});
console.log('built dist/electron/main/index.js and dist/electron/preload/index.cjs');
