import type { BrowserContext, Page } from '@playwright/test'
import { test, expect, searchFromNavBar, watchProblems, type PageProblems } from './fixtures.ts'

// One first visit for the whole file: the service worker precaches the site once (several hundred
// files, fetched one at a time), then every test opens pages in that browser context. The timeout
// covers the precaching on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 5 * 60_000 })

let context: BrowserContext

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(5 * 60_000)
  // The config blocks service workers for other tests; this one is about the service worker.
  context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, serviceWorkers: 'allow' })
  const page = await context.newPage()
  const problems = watchProblems(page, {})
  await page.goto('/')
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 0 })
  await page.waitForLoadState('networkidle')
  expect(problems.list(), 'the first visit').toEqual([])
  await page.close()
})

test.afterAll(async () => {
  await context?.close()
})

/**
 * A new tab for each page visit: VitePress prefetches the pages a page links to, and leaving a
 * page in the same tab aborts those requests, which would read as failed requests.
 */
async function open(path: string, allowDocumentStatus?: number): Promise<{ page: Page; problems: PageProblems; status?: number; fromServiceWorker?: boolean }> {
  const page = await context.newPage()
  const problems = watchProblems(page, { allowDocumentStatus })
  const response = await page.goto(path)
  return { page, problems, status: response?.status(), fromServiceWorker: response?.fromServiceWorker() }
}

async function expectNoProblems(page: Page, problems: PageProblems) {
  await page.waitForLoadState('networkidle')
  expect(problems.list()).toEqual([])
  await page.close()
}

test.describe('after a first visit, with the network cut', () => {
  test.beforeAll(async () => {
    await context.setOffline(true)
  })

  for (const [path, title] of [['/511', /^511 Network Authentication Required/], ['/429', /^429 Too Many Requests/]] as const) {
    test(`${path} loads from the service worker`, async () => {
      const { page, problems, status, fromServiceWorker } = await open(path)
      expect(status).toBe(200)
      expect(fromServiceWorker).toBe(true)
      await expect(page.locator('h1')).toHaveText(title)
      await expect(page.getByRole('heading', { name: 'Meaning' })).toBeVisible()
      await expectNoProblems(page, problems)
    })
  }

  test('the home page searches, from a query in the address and from typing', async () => {
    const { page, problems } = await open('/?q=rate+limit')
    const searchBox = page.getByRole('combobox', { name: 'Find a status code by number, name or words' })
    const firstResult = page.getByRole('listbox', { name: 'Matching status codes' }).getByRole('option').first()
    await expect(searchBox).toHaveValue('rate limit')
    await expect(firstResult).toContainText('429')
    await searchBox.fill('captive portal')
    await expect(firstResult).toContainText('511')
    await expectNoProblems(page, problems)
  })

  test('links between pages and the nav bar search work', async () => {
    const { page, problems } = await open('/511')
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: '5xx Server Error' }).click()
    await expect(page.locator('h1')).toHaveText(/^5xx Server Error/)
    await expect(await searchFromNavBar(page, 'Too Many Requests')).toContainText('429')
    await expectNoProblems(page, problems)
  })

  test('an unknown URL shows the not-found page with status 404', async () => {
    const { page, problems, status } = await open('/5111', 404)
    expect(status).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address')
    await expect(page.locator('.not-found li').first()).toHaveText(/^511 Network Authentication Required/)
    await expectNoProblems(page, problems)
  })

  test('the network really is cut, for the service worker too', async () => {
    const [worker] = context.serviceWorkers()
    const notPrecached = await worker!.evaluate(() => fetch('/sitemap.xml').then((response) => response.status, (error: Error) => error.name))
    expect(notPrecached).toBe('TypeError')
  })
})

test('online again, an unknown URL reaches the server and gets its 404, not a cached page', async () => {
  await context.setOffline(false)
  const [worker] = context.serviceWorkers()
  expect(await worker!.evaluate(() => fetch('/sitemap.xml').then((response) => response.status))).toBe(200)
  const { page, problems, status, fromServiceWorker } = await open('/999999', 404)
  expect(status).toBe(404)
  expect(fromServiceWorker).toBe(true)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address')
  await expectNoProblems(page, problems)
})
