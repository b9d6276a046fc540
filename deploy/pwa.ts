import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { build } from 'esbuild'

/** What the service worker precaches: pages, scripts, styles and icons. */
const PRECACHED = /\.(html|js|css|svg|ico)$/
const NOT_PRECACHED = new Set(['sw.js'])

interface PrecacheEntry {
  url: string
  /** null for files whose name carries a content hash (assets/) */
  revision: string | null
}

/**
 * Precache entries under the address a page is served at (`/511`, `/`), not the file name
 * (`511.html`): every host serves the clean URL, several answer `511.html` with a redirect, and a
 * navigation to `/511` then finds its cache entry directly.
 */
export function cleanPageUrl(file: string): string {
  if (file === 'index.html') return './'
  return file.replace(/\.html$/, '')
}

function precacheManifest(root: string): PrecacheEntry[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => PRECACHED.test(file) && !NOT_PRECACHED.has(file))
    .sort()
    .map((file) => ({
      url: cleanPageUrl(file),
      revision: file.startsWith('assets/') ? null : createHash('md5').update(readFileSync(join(root, file))).digest('hex'),
    }))
}

/**
 * Writes dist/sw.js: deploy/sw.ts (workbox's precaching and routing) bundled with esbuild, with
 * the precache manifest of this build. islands/service-worker.ts registers it.
 */
export async function writeServiceWorker(outDir: string): Promise<{ count: number }> {
  const manifest = precacheManifest(outDir)
  const bundled = await build({
    entryPoints: [join(import.meta.dirname, 'sw.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"', 'self.__PRECACHE_MANIFEST': JSON.stringify(manifest) },
    logLevel: 'silent',
  })
  writeFileSync(join(outDir, 'sw.js'), bundled.outputFiles[0]!.text)
  return { count: manifest.length }
}
