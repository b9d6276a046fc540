import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import { watchProblems } from './fixtures.ts'

/**
 * What each frame showed while a page loaded: from before the first paint (animation frame
 * callbacks run just before a frame is drawn) until the load event and a little after.
 */
async function recordFrames(page: Page) {
  await page.addInitScript(() => {
    const frames: { codePage: boolean; notFound: boolean; path: string; title: string }[] = []
    Object.defineProperty(window, '__frames', { value: frames })
    const shown = (selector: string) => {
      const el = document.querySelector(selector)
      return el !== null && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
    }
    let after = 0
    const record = () => {
      frames.push({ codePage: shown('.vp-doc h1'), notFound: shown('.not-found h1'), path: document.getElementById('not-found-path')?.textContent ?? '', title: document.title })
      if (document.readyState !== 'complete' || after++ < 10) requestAnimationFrame(record)
    }
    requestAnimationFrame(record)
  })
  return () => page.evaluate(() => (window as unknown as { __frames: { codePage: boolean; notFound: boolean; path: string; title: string }[] }).__frames)
}

/** The page's script arrives late, as on a slow network: whatever it would do, it does after the first frames. */
async function delayPageScript(page: Page) {
  await page.route(/\/assets\/client-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await route.continue()
  })
}

test('an unknown address draws the not-found page from its first frame, never the 404 code page', async ({ page }) => {
  await delayPageScript(page)
  const frames = await recordFrames(page)
  const response = await page.goto('/999999')
  expect(response?.status()).toBe(404)
  await expect(page.locator('.not-found-nearest')).toBeVisible() // the script has run too
  const seen = await frames()
  expect(seen.length).toBeGreaterThan(5)
  expect(seen.filter((frame) => frame.codePage)).toEqual([])
  const drawn = seen.filter((frame) => frame.notFound)
  expect(drawn[0]).toEqual({ codePage: false, notFound: true, path: '/999999', title: 'No page at this address | httpcodes' })
})

test('/404 draws the 404 code page, never the not-found page', async ({ page }) => {
  await delayPageScript(page)
  const frames = await recordFrames(page)
  await page.goto('/404')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^404 Not Found/)
  await page.waitForLoadState('load')
  const seen = await frames()
  expect(seen.filter((frame) => frame.notFound)).toEqual([])
  expect(seen.some((frame) => frame.codePage)).toBe(true)
  await expect(page).toHaveTitle('404 Not Found | httpcodes')
})

test('/404 is the 404 Not Found code page, with status 200, and no trace of the not-found page', async ({ page, problems }) => {
  const response = await page.goto('/404')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^404 Not Found/)
  await expect(page.getByRole('heading', { name: 'Meaning' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'No page at this address' })).toHaveCount(0)
  await expect(page.getByRole('main')).toHaveCount(1)
  await page.waitForLoadState('networkidle')
  expect(problems.list()).toEqual([])
})

test('an unknown URL answers 404 with a not-found page that suggests the nearest codes', async ({ page }) => {
  const problems = watchProblems(page, { allowDocumentStatus: 404 })
  const response = await page.goto('/999999')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address')
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('main')).toContainText('There is no page at /999999')
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Search all status codes' }).first()).toHaveAttribute('href', '/')
  await expect(page.getByRole('link', { name: /^999 / })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(problems.list()).toEqual([])
})

test('a mistyped code suggests the code it is closest to', async ({ page }) => {
  const problems = watchProblems(page, { allowDocumentStatus: 404 })
  const response = await page.goto('/5111')
  expect(response?.status()).toBe(404)
  await expect(page.locator('.not-found li').first()).toHaveText(/^511 Network Authentication Required/)
  await page.waitForLoadState('networkidle')
  expect(problems.list()).toEqual([])
})
