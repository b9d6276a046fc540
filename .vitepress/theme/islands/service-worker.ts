/** Registers the service worker that keeps the site working offline (written by deploy/pwa.ts). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // no service worker (say, a host that cannot serve it): the site works online as before
    })
  })
}
