import type { APIRequestContext, Page } from '@playwright/test'
import { test, expect, watchProblems } from './fixtures.ts'
import { deploySecurityHeaders, watchCspViolations, withDeployHeaders } from './csp.ts'
import { TEMPLATES } from './templates.ts'
import { fileForPath } from '../site/model.ts'

// Every page's markup, metadata and links are checked statically (tests/site/). In the browser, one
// page of each kind: what only running it shows.

/** Every URL a page asks for, from the page itself and from any worker it starts. */
function watchRequests(page: Page): string[] {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  page.on('worker', (worker) => requested.push(worker.url()))
  return requested
}

/** Links the page has once its scripts have run, that the build has no file for (say, ones a script made). */
async function brokenClientLinks(page: Page, request: APIRequestContext): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((anchors) => [...new Set(anchors.map((a) => a.getAttribute('href')!))])
  expect(hrefs.length).toBeGreaterThan(0)
  const checks = hrefs.map(async (href) => {
    const target = new URL(href, 'http://site.invalid')
    if (target.origin !== 'http://site.invalid' || fileForPath(target.pathname)) return undefined
    const status = (await request.get(target.pathname + target.search, { maxRedirects: 0 })).status()
    return status === 200 ? undefined : `${href}: HTTP ${status}`
  })
  return (await Promise.all(checks)).filter((problem): problem is string => problem !== undefined)
}

for (const { name, path, status = 200 } of TEMPLATES) {
  test(`${name} (${path}) runs under the deploy headers with no error, CSP violation, failed request or other origin`, async ({ page, request }) => {
    const problems = watchProblems(page, status === 200 ? {} : { allowDocumentStatus: status })
    const requested = watchRequests(page)
    const violations = await watchCspViolations(page)
    await withDeployHeaders(page, path)
    const response = await page.goto(path)
    expect(response?.status()).toBe(status)
    expect(response?.headers()['content-security-policy']).toBe(deploySecurityHeaders['Content-Security-Policy'])
    await page.waitForLoadState('networkidle')
    const origin = new URL(page.url()).origin
    expect(requested.length).toBeGreaterThan(0)
    expect({
      foreignRequests: requested.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin),
      cspViolations: await violations.list(),
      brokenLinks: await brokenClientLinks(page, request),
      errors: problems.list(),
    }).toEqual({ foreignRequests: [], cspViolations: [], brokenLinks: [], errors: [] })
  })
}
