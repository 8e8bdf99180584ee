import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own afterEach cleanup.
// The app loads some code lazily (the audit for badges): let those imports finish before the environment goes away.
afterEach(async () => {
  await vi.dynamicImportSettled();
  cleanup();
});
