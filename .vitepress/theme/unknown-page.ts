declare const __VP_HASH_MAP__: Record<string, string>

/** Mirrors VitePress's own path-to-page lookup (client/app/utils.ts) for our flat page names. */
export function isKnownPage(pathname: string): boolean {
  const name = decodeURIComponent(pathname).replace(/^\//, '').replace(/\.html$/, '').replace(/\/$/, '/index') || 'index'
  const key = name.replace(/\//g, '_').toLowerCase()
  const map = typeof __VP_HASH_MAP__ === 'undefined' ? {} : __VP_HASH_MAP__
  return `${key}.md` in map || `${key}_index.md` in map || (key.endsWith('_index') && `${key.slice(0, -6)}.md` in map)
}

/**
 * Hosts answer unknown URLs with 404.html, whose static content is the 404 code page. When the
 * address matches no page, drop that markup before Vue mounts, so the not-found page renders
 * cleanly instead of being hydrated over the wrong content.
 */
export function clearStaticHtmlOfUnknownPage(): void {
  if (isKnownPage(location.pathname)) return
  const app = document.getElementById('app')
  if (app) app.innerHTML = ''
}
