import { test, expect } from './fixtures.ts'
import { watchProblems } from './fixtures.ts'

test('/404 is the 404 Not Found code page, with status 200 and its content in the static HTML', async ({ page, request, problems }) => {
  const raw = await request.get('/404')
  expect(raw.status()).toBe(200)
  const html = await raw.text()
  expect(html).toMatch(/<h1[^>]*>404 Not Found/)
  expect(html).toContain('<link rel="canonical" href="https://httpcodes.shadowlanes.com/404">')

  const response = await page.goto('/404')
  expect(response?.status()).toBe(200)
  await expect(page.locator('h1')).toHaveText(/^404 Not Found/)
  await expect(page.getByRole('heading', { name: 'Meaning' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(problems.list()).toEqual([])
})

test('an unknown URL answers 404 with a not-found page that suggests the nearest codes', async ({ page }) => {
  const problems = watchProblems(page, { allowDocumentStatus: 404 })
  const response = await page.goto('/999999')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address')
  await expect(page.getByText('There is no page at /999999')).toBeVisible()
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
