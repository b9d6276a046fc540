import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let gc: (() => void) | undefined

/**
 * Runs a full garbage collection. Native objects such as resvg's rendered images (a 3 MB bitmap
 * each) are freed only when V8 collects their small JavaScript handles, and V8 sees no reason to
 * collect while its own heap is small: in the 900-page build they piled up to 1.5 GB.
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  }
  gc()
}
