import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served by `decorum serve` from web/dist; no CDN, no external fonts, nothing fetched at run time.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, sourcemap: false },
});
