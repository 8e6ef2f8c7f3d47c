/**
 * Builds the tab into tab/dist; the Casebridge service serves it (and index.html for every
 * client-side route). `npm run dev -w tab` proxies the API to a locally running service.
 *
 * Three pages: the tab itself (index.html) and the two pages of the Teams SSO consent popup that
 * teamsfx's `TeamsUserCredential.login()` opens (auth-start.html → Entra ID → auth-end.html).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const service = 'http://localhost:3978';
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The consent pages must write MSAL's cache in the format of the MSAL that teamsfx itself reads it
 * with (teamsfx 3 copies the popup's sessionStorage into the tab's and calls acquireTokenSilent),
 * so `@azure/msal-browser` is always the copy teamsfx depends on, not whichever copy npm hoisted.
 * tsconfig.json's `paths` follows the same lookup for the types.
 */
function teamsfxMsalBrowser(): string {
  const teamsfx = createRequire(import.meta.url).resolve('@microsoft/teamsfx/package.json');
  return path.dirname(createRequire(teamsfx).resolve('@azure/msal-browser/package.json'));
}

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@azure\/msal-browser$/, replacement: teamsfxMsalBrowser() }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        main: path.resolve(here, 'index.html'),
        'auth-start': path.resolve(here, 'auth-start.html'),
        'auth-end': path.resolve(here, 'auth-end.html'),
      },
    },
  },
  server: {
    proxy: { '/api': service, '/dev': service },
  },
});
