import { defineConfig } from 'vite';

/** The web app: web/ built into dist/web, served by `marketfacts serve` (no CDN, no inline script). */
export default defineConfig({
  root: 'web',
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Inline nothing: the server's content security policy allows only files from itself.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 400,
  },
});
