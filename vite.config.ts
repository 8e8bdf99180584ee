import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

const srcDir = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  // Relative asset URLs, so dist/ can be served from any sub-path.
  base: './',
  plugins: [react()],
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
          include: ['src/domain/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          // Every other test under src/ runs in the DOM, so a new folder's tests are never silently skipped.
          include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'src/domain/**'],
          setupFiles: ['./src/testing/setup-ui.ts'],
        },
      },
    ],
  },
});
