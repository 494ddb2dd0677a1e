import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The workstation build. VITE_SHELL picks the platform implementation at build time
 * (renderer/platform): `electron` talks to the preload bridge, `browser` (default) to
 * the local device host started by `npm start`.
 */
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  define: {
    'import.meta.env.VITE_SHELL': JSON.stringify(process.env.VITE_SHELL ?? 'browser'),
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1' },
});
