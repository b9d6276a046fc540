import { resolve } from 'node:path'
import type { PwaOptions } from '@vite-pwa/vitepress'

type ManifestEntry = { url: string; revision: string | null; size: number }

/**
 * Precache entries under the address a page is served at (`/511`, `/`), not the file name
 * (`511.html`): every host serves the clean URL, several answer `511.html` with a redirect, and a
 * navigation to `/511` then finds its cache entry directly.
 */
export function cleanPageUrl(url: string): string {
  if (url === 'index.html') return './'
  return url.replace(/\.html$/, '')
}

/**
 * The service worker that keeps the site working offline after a first visit (@vite-pwa/vitepress).
 * It precaches every page, every hashed asset (the home search data and the nav-bar search index
 * are JavaScript chunks, so they are included) and the icons. There is no navigation fallback:
 * online, an unknown URL still reaches the host and gets its real 404. Offline, it gets the
 * cached 404 page, with status 404, so the site's not-found page still suggests codes.
 */
export function offlinePwa(outDir: string): PwaOptions {
  return {
    // @vite-pwa/vitepress assumes .vitepress/dist; the service worker must land beside the pages.
    outDir: resolve(outDir),
    registerType: 'autoUpdate',
    // A small deferred /registerSW.js: no inline script, so the Content-Security-Policy needs no hash for it.
    injectRegister: 'script-defer',
    manifest: false,
    workbox: {
      // hashmap.json: VitePress fetches it when a URL matches no page, to check for a newer deploy.
      // It is written at the end of the build, so the first pass of the plugin warns that the
      // pattern matches nothing; the service worker written after the build includes it.
      globPatterns: ['**/*.{html,js,css,svg,ico}', 'hashmap.json'],
      // The nav bar search index grows with the catalogue (0.7 MB for ~100 codes, 4.6 MB for all
      // 900 numbers in the scale run); offline search needs it precached, so the limit is raised
      // from the 2 MiB default rather than leaving search out.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      manifestTransforms: [
        async (entries: ManifestEntry[]) => ({ manifest: entries.map((entry) => ({ ...entry, url: cleanPageUrl(entry.url) })), warnings: [] }),
      ],
      navigateFallback: null,
      // `/?q=rate+limit` is the home page with a query for its search.
      ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^q$/],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
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
    },
  }
}
