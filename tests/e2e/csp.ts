import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { parseHeadersFile } from '../../deploy/headers.ts'

/**
 * Content-Security-Policy violations a page reports (`securitypolicyviolation` events), collected
 * from before the first script runs. Read them before the page navigates away.
 */
export async function watchCspViolations(page: Page): Promise<{ list(): Promise<string[]> }> {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  return { list: () => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]) }
}

/** The headers docs/public/_headers gives every path: what Netlify and Cloudflare Pages send. */
export const deploySecurityHeaders: Record<string, string> = parseHeadersFile(readFileSync('docs/public/_headers', 'utf8'))['/*'] ?? {}

/**
 * Serves the next document with the headers of docs/public/_headers, as Netlify and Cloudflare
 * Pages would. Only that one response is intercepted; everything else goes straight to the server.
 */
export async function withDeployHeaders(page: Page, path: string): Promise<void> {
  const pathname = new URL(path, 'http://localhost').pathname
  await page.route(
    (url) => url.pathname === pathname,
    async (route) => {
      const response = await route.fetch()
      // `vitepress preview` sends its 404 page without a Content-Type, which nosniff would then show
      // as text; every host sends text/html.
      const contentType = response.headers()['content-type'] ?? 'text/html; charset=utf-8'
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': contentType, ...deploySecurityHeaders } })
    },
    { times: 1 },
  )
}
