import type { Router } from 'vitepress'

/**
 * In `npm run dev` the page is rendered in the browser by Vue, and the default theme's components
 * would handle clicks themselves. To behave as the built site does, every link is a page load,
 * and once the page has rendered its markup is detached from Vue (a copy replaces it) and the
 * same islands as in the build take over. Only the dev server runs this.
 */
export function behaveAsBuilt(router: Router): void {
  router.onBeforeRouteChange = (href) => {
    const target = new URL(href, location.href)
    if (target.pathname === location.pathname && target.search === location.search) return true
    location.assign(target.href)
    return false
  }
}

export async function freezeAndRunIslands(): Promise<void> {
  const app = document.getElementById('app')
  if (!app) return
  app.replaceWith(app.cloneNode(true))
  await import('./islands/site')
  // Says the page has been handed over (the dev test waits for it before pressing keys).
  document.documentElement.dataset.islands = 'running'
}
