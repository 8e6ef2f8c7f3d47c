/**
 * Builds the tab into tab/dist; the Casebridge service serves it (and index.html for every
 * client-side route). `npm run dev -w tab` proxies the API to a locally running service.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const service = 'http://localhost:3978';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': service, '/dev': service },
  },
});
