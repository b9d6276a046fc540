import { rmSync } from 'node:fs'
import type { Plugin } from 'vite'

/**
 * In MPA mode VitePress writes into outDir without emptying it first (it builds no client bundle,
 * the step that normally does), so files of an earlier build would linger and be deployed and
 * precached. This empties it when the build starts.
 */
export function emptyOutDir(outDir: string): Plugin {
  return {
    name: 'httpcodes:empty-out-dir',
    apply: 'build',
    buildStart() {
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}
