import { test, expect, searchFromNavBar, watchProblems } from './fixtures.ts'
import { findNginx, startNginx, type LocalNginx } from '../../deploy/local-nginx.ts'
import { parseHeadersFile } from '../../deploy/headers.ts'
import { watchCspViolations } from './csp.ts'
import { readFileSync } from 'node:fs'

const OUT_DIR = process.env.OUT_DIR ?? 'dist'
const securityHeaders = parseHeadersFile(readFileSync('docs/public/_headers', 'utf8'))['/*'] ?? {}
const nginxBinary = findNginx()

// One nginx for the whole file, started and stopped around it.
test.describe.configure({ mode: 'serial' })
test.use({ serviceWorkers: 'allow' })
// Skipped where nginx is not installed, except in CI (.ci/run), which installs it and must run this.
test.skip(!nginxBinary && !process.env.HTTPCODES_REQUIRE_NGINX, 'nginx is not installed (Debian: apt-get install -y nginx-light)')

let nginx: LocalNginx
test.beforeAll(async () => {
  nginx = await startNginx(OUT_DIR, nginxBinary)
})
test.afterAll(async () => {
  await nginx?.stop()
})

const get = (path: string) => fetch(`${nginx.url}${path}`, { redirect: 'manual' })

test('serves pages at clean URLs: /511 from 511.html, / from index.html', async () => {
  for (const [path, file] of [['/511', '511.html'], ['/', 'index.html'], ['/codes', 'codes.html'], ['/?q=rate+limit', 'index.html']]) {
    const response = await get(path!)
    expect(response.status, path).toBe(200)
    expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8')
    expect(await response.text(), path).toBe(readFileSync(`${OUT_DIR}/${file}`, 'utf8'))
  }
})

test('redirects /511.html, /511/ and /index.html to the clean URL with 301, keeping the query', async () => {
  const redirects: [string, string][] = [
    ['/511.html', '/511'],
    ['/511/', '/511'],
    ['/511.html?x=1', '/511?x=1'],
    ['/404.html', '/404'],
    ['/index.html', '/'],
    ['/index.html?q=rate+limit', '/?q=rate+limit'],
  ]
  for (const [from, to] of redirects) {
    const response = await get(from)
    expect(response.status, from).toBe(301)
    expect(response.headers.get('location'), from).toBe(to)
  }
})

test('serves the exports with their media types', async () => {
  for (const [path, type] of [['/codes.json', /^application\/json/], ['/api/511.json', /^application\/json/], ['/schema/v1/codes.schema.json', /^application\/json/], ['/llms.txt', /^text\/plain/], ['/codes.csv', /^text\/csv/], ['/og/511.png', /^image\/png$/]] as const) {
    const response = await get(path)
    expect(response.status, path).toBe(200)
    expect(response.headers.get('content-type'), path).toMatch(type)
  }
})

test('answers /404 with 200 and the 404 Not Found page', async () => {
  const response = await get('/404')
  expect(response.status).toBe(200)
  expect(await response.text()).toMatch(/<h1[^>]*>404 Not Found/)
})

test('answers unknown URLs with 404 and the content of 404.html', async () => {
  const page404 = readFileSync(`${OUT_DIR}/404.html`, 'utf8')
  for (const path of ['/999999', '/5111', '/assets/missing.js', '/_headers']) {
    const response = await get(path)
    expect(response.status, path).toBe(404)
    expect(await response.text(), path).toBe(page404)
    expect(response.headers.get('cache-control'), path).toBe('no-cache')
  }
})

test('lets browsers keep hashed assets for a year and revalidate everything else', async () => {
  const asset = /\/assets\/client-[\w-]+\.js/.exec(readFileSync(`${OUT_DIR}/index.html`, 'utf8'))![0]
  const cached = await get(asset)
  expect(cached.status).toBe(200)
  expect(cached.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  expect(cached.headers.get('content-type')).toMatch(/^(application|text)\/javascript/)
  for (const path of ['/', '/511', '/404', '/sw.js', '/favicon.svg']) {
    expect((await get(path)).headers.get('cache-control'), path).toBe('no-cache')
  }
})

test('sends the security headers of _headers on pages, assets, redirects and errors', async () => {
  const asset = /\/assets\/client-[\w-]+\.js/.exec(readFileSync(`${OUT_DIR}/index.html`, 'utf8'))![0]
  for (const path of ['/', '/511', asset, '/511.html', '/999999']) {
    const response = await get(path)
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value)
  }
  expect((await get('/511')).headers.get('server')).toBe('nginx')
})

test('pages and searches run in the browser with no CSP violation, console error or failed request', async ({ page, context }) => {
  test.setTimeout(5 * 60_000) // the service worker precaches the whole site, one file at a time
  const problems = watchProblems(page, {})
  const violations = await watchCspViolations(page)
  await page.goto(`${nginx.url}/?q=rate+limit`)
  await expect(page.getByRole('listbox', { name: 'Matching status codes' }).getByRole('option').first()).toContainText('429')
  // The service worker installs under the same policy (worker-src, importScripts) and takes over.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 0 })
  await page.waitForLoadState('networkidle')
  expect(await violations.list(), 'on the home page').toEqual([])
  expect(problems.list(), 'on the home page').toEqual([])

  // A second tab, so that leaving the home page aborts none of its prefetches.
  const codePage = await context.newPage()
  const codePageProblems = watchProblems(codePage, {})
  const codePageViolations = await watchCspViolations(codePage)
  await codePage.goto(`${nginx.url}/511`)
  await expect(codePage.locator('h1')).toHaveText(/^511 Network Authentication Required/)
  await codePage.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: '5xx Server Error' }).click()
  await expect(codePage.locator('h1')).toHaveText(/^5xx Server Error/)
  await expect(await searchFromNavBar(codePage, 'Too Many Requests')).toContainText('429')
  await codePage.waitForLoadState('networkidle')
  expect(await codePageViolations.list(), 'on /511 and /5xx').toEqual([])
  expect(codePageProblems.list(), 'on /511 and /5xx').toEqual([])
})
