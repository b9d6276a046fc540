import { join, resolve } from 'node:path'
import { generateSW } from 'workbox-build'

type ManifestEntry = { url: string; revision: string | null; size: number }

/**
 * Precache entries under the address a page is served at (`/511`, `/`), not the file name
 * (`511.html`): every host serves the clean URL, several answer `511.html` with a redirect, and a
 * navigation to `/511` then finds its cache entry directly.
 */
function cleanPageUrl(url: string): string {
  if (url === 'index.html') return './'
  return url.replace(/\.html$/, '')
}

/**
 * Writes the service worker that keeps the site working offline after a first visit (workbox).
 * It precaches every page, every hashed asset (the search data is a JavaScript chunk, so it is
 * included) and the icons; islands/service-worker.ts registers it. There is no navigation
 * fallback: online, an unknown URL still reaches the host and gets its real 404. Offline, it gets
 * the cached 404 page, with status 404, so the site's not-found page still suggests codes.
 *
 * VitePress's MPA mode builds no client bundle, so the Vite plugin (vite-plugin-pwa) has nothing
 * to hook into; workbox-build, which that plugin runs, is called directly after the build.
 */
export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number }> {
  const root = resolve(outDir)
  const { count, size, warnings } = await generateSW({
    globDirectory: root,
    swDest: join(root, 'sw.js'),
    globPatterns: ['**/*.{html,js,css,svg,ico}'],
    globIgnores: ['sw.js', 'workbox-*.js'],
    // Hashed file names change with their content: no revision needed.
    dontCacheBustURLsMatching: /^assets\//,
    manifestTransforms: [
      async (entries: ManifestEntry[]) => ({ manifest: entries.map((entry) => ({ ...entry, url: cleanPageUrl(entry.url) })), warnings: [] }),
    ],
    navigateFallback: null,
    // `/?q=rate+limit` is the home page with a query for its search.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^q$/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    mode: 'production',
    sourcemap: false,
    runtimeCaching: [
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: {
          plugins: [
            {
              // Runs inside the service worker, offline only: the 404 page from the precache.
              handlerDidError: async () => {
                const page = await caches.match('/404', { ignoreSearch: true })
                return page ? new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers }) : undefined
              },
            },
          ],
        },
      },
    ],
  })
  if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`)
  return { count, size }
}
