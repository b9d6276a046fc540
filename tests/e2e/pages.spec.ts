import type { APIRequestContext, Page } from '@playwright/test'
import { test, expect, sitemapUrls, watchProblems } from './fixtures.ts'
import { deploySecurityHeaders, watchCspViolations, withDeployHeaders } from './csp.ts'

const urls = sitemapUrls()

test('the sitemap lists every code page and the list of all codes', () => {
  const paths = urls.map((u) => u.path)
  expect(paths).toContain('/')
  expect(paths).toContain('/codes')
  expect(paths).toContain('/404')
  expect(paths).toContain('/511')
})

const sitemapPaths = new Set(urls.map(({ path }) => path))

/** Every URL a page asks for, from the page itself and from any worker it starts. */
function watchRequests(page: Page): string[] {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  page.on('worker', (worker) => requested.push(worker.url()))
  return requested
}

/**
 * Links in the page as the reader sees it, after hydration. Targets in the sitemap are checked by the
 * crawl in integrity.spec.ts; any other (say, one only the client renders) is requested here.
 */
async function brokenClientLinks(page: Page, request: APIRequestContext): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((anchors) => [...new Set(anchors.map((a) => a.getAttribute('href')!))])
  expect(hrefs.length).toBeGreaterThan(0)
  const checks = hrefs.map(async (href) => {
    const target = new URL(href, 'http://site.invalid')
    if (target.origin !== 'http://site.invalid' || sitemapPaths.has(target.pathname)) return undefined
    const status = (await request.get(target.pathname + target.search, { maxRedirects: 0 })).status()
    return status === 200 ? undefined : `${href}: HTTP ${status}`
  })
  return (await Promise.all(checks)).filter((problem): problem is string => problem !== undefined)
}

/**
 * Opens a page the way a deployed site serves it (the headers of docs/public/_headers, the
 * Content-Security-Policy included) and returns what went wrong: console errors, failed requests,
 * CSP violations, requests to another origin, links that do not answer 200.
 */
async function openAsDeployed(page: Page, request: APIRequestContext, path: string, status: number) {
  const problems = watchProblems(page, status === 200 ? {} : { allowDocumentStatus: status })
  const requested = watchRequests(page)
  const violations = await watchCspViolations(page)
  await withDeployHeaders(page, path)
  const response = await page.goto(path)
  expect(response?.status()).toBe(status)
  expect(response?.headers()['content-security-policy']).toBe(deploySecurityHeaders['Content-Security-Policy'])
  return {
    async problems() {
      await page.waitForLoadState('networkidle')
      const origin = new URL(page.url()).origin
      expect(requested.length).toBeGreaterThan(0)
      return {
        foreignRequests: requested.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin),
        cspViolations: await violations.list(),
        brokenLinks: await brokenClientLinks(page, request),
        errors: problems.list(),
      }
    },
  }
}

const NONE = { foreignRequests: [], cspViolations: [], brokenLinks: [], errors: [] }

for (const { url, path } of urls) {
  test(`${path} answers 200 with one H1, its canonical URL and valid JSON-LD, under the CSP, with no errors and nothing from another origin`, async ({ page, request }) => {
    const opened = await openAsDeployed(page, request, path, 200)

    const code = /^\/(\d{3})$/.exec(path)?.[1]
    await expect(page.locator('h1')).toHaveCount(1)
    if (code) await expect(page.locator('h1')).toContainText(new RegExp(`^${code} \\S`))

    const canonicals = page.locator('link[rel="canonical"]')
    await expect(canonicals).toHaveCount(1)
    await expect(canonicals).toHaveAttribute('href', url)

    if (code) {
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
      expect(blocks).toHaveLength(1)
      const graph = JSON.parse(blocks[0]!)['@graph'] as Record<string, unknown>[]
      const data = graph.find((node) => node['@type'] === 'TechArticle')!
      const trail = graph.find((node) => node['@type'] === 'BreadcrumbList') as { itemListElement: { item: string }[] }
      expect(trail.itemListElement.at(-1)!.item).toBe(url)
      expect(data.url).toBe(url)
      expect(data.headline).toBe((await page.locator('h1').innerText()).replace(/[\s\u200b]+$/, ''))
      expect(data.headline).toMatch(new RegExp(`^${code} `))
      const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
      await expect(crumbs.getByRole('link')).toHaveText(['Home', /^(\dxx .+|Unofficial codes)$/])
    }
    expect(await opened.problems()).toEqual(NONE)
  })
}

test('an unknown URL answers 404 with the not-found page, under the CSP, with no errors and nothing from another origin', async ({ page, request }) => {
  const opened = await openAsDeployed(page, request, '/999999', 404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address')
  expect(await opened.problems()).toEqual(NONE)
})

for (const { url, path } of urls) {
  test(`${path} has its title, description, canonical and JSON-LD in the static HTML`, async ({ request }) => {
    const html = await (await request.get(path)).text()
    const code = /^\/(\d{3})$/.exec(path)?.[1]
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
    if (code) expect(title).toMatch(new RegExp(`^${code} `))
    const descriptions = [...html.matchAll(/<meta name="description" content="([^"]*)"/g)].map((m) => m[1])
    expect(descriptions).toHaveLength(1)
    if (code) expect(descriptions[0]).toContain(`HTTP ${code} `)
    const canonicals = [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1])
    expect(canonicals).toEqual([url])
    if (code) {
      const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!))
      expect(jsonLd).toHaveLength(1)
      expect(jsonLd[0]['@graph'][0].headline).toMatch(new RegExp(`^${code} `))
    }
    expect(html).toMatch(/<h1[^>]*>/)
  })
}
