import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The generator tests run the real CLI in a child process: seconds each on a busy 2-core machine.
    testTimeout: 30_000,
  },
})
