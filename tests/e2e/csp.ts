import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { parseHeadersFile } from '../../deploy/headers.ts'
import { fileForPath, readBuilt } from '../site/model.ts'

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
 * Serves the document at `path` with the headers of docs/public/_headers, as Netlify and Cloudflare
 * Pages would: the built file for the path (404.html, with status 404, when there is none). Every
 * other request goes straight to the server. The route stays for the whole test: one that removed
 * itself after its first use (`times: 1`) left the page's stylesheet and scripts, already held by
 * the interception, waiting for ever now and then (about one load in thirty here), and the
 * navigation waited out the test's timeout.
 */
export async function withDeployHeaders(page: Page, path: string): Promise<void> {
  const pathname = new URL(path, 'http://localhost').pathname
  const file = fileForPath(pathname)
  await page.route(
    (url) => url.pathname === pathname,
    (route) =>
      route.fulfill({
        status: file ? 200 : 404,
        body: readBuilt(file ?? '404.html'),
        headers: { 'content-type': 'text/html; charset=utf-8', ...deploySecurityHeaders },
      }),
  )
}
