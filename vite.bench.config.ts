/**
 * The scale benchmark's page only (bench/scale/index.html → dist-bench/bench/scale/index.html): `npm run bench`
 * builds it; it is not part of the app's build.
 */
import { fileURLToPath } from 'node:url';

import { defineConfig, mergeConfig } from 'vite';

import baseConfig from './vite.config.ts';

export default mergeConfig(
  baseConfig,
  defineConfig({
    build: {
      outDir: 'dist-bench',
      emptyOutDir: true,
      rolldownOptions: { input: fileURLToPath(new URL('./bench/scale/index.html', import.meta.url)) },
    },
  }),
);
