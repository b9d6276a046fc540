import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A few tests run the real CLI in a child process: seconds on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // Static checks of the built site (dist/): run after the build. One shared module cache,
          // so tests/site/model.ts parses each page once for every file here.
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          isolate: false,
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
})
