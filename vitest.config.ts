/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/**/*.astro.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts'],
          // The property tests parse hundreds of generated documents: slow on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        // The Container API refuses to run under a DOM environment.
        extends: true,
        test: {
          name: 'astro',
          include: ['tests/unit/**/*.astro.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
