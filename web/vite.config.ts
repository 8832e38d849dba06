import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built with `vite build web` (the root is the CLI argument). The app is served by `decorum serve` from web/dist; no CDN, no external fonts, nothing fetched at run time.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, sourcemap: false },
});
