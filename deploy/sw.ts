/// <reference lib="webworker" />
// The service worker that keeps the site working offline (bundled into dist/sw.js by pwa.ts; its
// own tsconfig gives it the worker library). It precaches every page and asset after a first
// visit, and serves them from the cache. There is no navigation fallback: online, an unknown URL
// still reaches the host and gets its real 404; offline, it gets the cached 404 page with
// status 404, so the site's not-found page still suggests codes.
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { NetworkOnly } from 'workbox-strategies'

declare const self: ServiceWorkerGlobalScope & { __PRECACHE_MANIFEST: PrecacheEntry[] }

self.skipWaiting()
clientsClaim()
cleanupOutdatedCaches()
// `/?q=rate+limit` is the home page with a query for its search.
precacheAndRoute(self.__PRECACHE_MANIFEST, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^q$/] })

registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
  new NetworkOnly({
    plugins: [
      {
        handlerDidError: async () => {
          const page = await caches.match('/404', { ignoreSearch: true })
          return page ? new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers }) : undefined
        },
      },
    ],
  }),
)
