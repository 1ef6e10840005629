import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // source files made and read back by the real readers (Chromium prints the PDFs); no site build needed
        test: { name: 'sources', include: ['tests/sources/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/dist/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/dist/build.setup.ts', 'tests/e2e/browser.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
