import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

import { CSP_HEADER, cspMetaPlugin } from './scripts/csp.ts';
import { pdfjsAssetsPlugin } from './scripts/pdfjs-assets.ts';

const srcDir = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  // Relative asset URLs, so dist/ can be served from any sub-path.
  base: './',
  // The CSP goes into built HTML only: the dev server's React refresh preamble is an inline script.
  // pdf.js's cMaps and fonts are served from the app's origin (scripts/pdfjs-assets.ts).
  plugins: [react(), cspMetaPlugin(), pdfjsAssetsPlugin()],
  // ES module workers, so the parse worker loads pdf.js as its own chunk only when it reads a PDF.
  worker: { format: 'es' },
  // vite preview also sends it as a header, the only way `frame-ancestors` (no framing) takes effect.
  preview: {
    headers: {
      'Content-Security-Policy': CSP_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  resolve: {
    // Mirrors `paths: { "@/*": ["./src/*"] }` in tsconfig.json.
    alias: [{ find: /^@\//, replacement: srcDir }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          // The pure core, the scripts, and the pure test support (src/testing/*.test.ts: variants, mutations, …).
          include: ['src/domain/**/*.test.ts', 'src/testing/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          // Every other test under src/ runs in the DOM, so a new folder's tests are never silently skipped.
          include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'src/domain/**', 'src/testing/**/*.test.ts'],
          setupFiles: ['./src/testing/setup-ui.ts'],
        },
      },
    ],
  },
});
