import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'

// The decision guide: static pages whose answers are plain links, with a script that swaps in
// the next question without a page load.

const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

test('without JavaScript, the guide walks from /guide to a code page through plain links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/guide')
  await expect(h1(page)).toHaveText('What is going on with this request?')
  await page.getByRole('link', { name: /^Access is the issue/ }).click()
  await expect(page).toHaveURL(/\/guide\/logged-in$/)
  await expect(h1(page)).toHaveText('Is the client logged in?')
  await expect(page.getByRole('navigation', { name: 'Your answers' })).toContainText('Access is the issue')
  await page.getByRole('link', { name: /^No: credentials are missing/ }).click()
  await expect(page).toHaveURL(/\/401$/)
  await expect(h1(page)).toHaveText(/^401 Unauthorized/)
  await context.close()
})

test('answering swaps in the next question without a page load; the address, Back and Forward follow', async ({ page, problems }) => {
  await page.goto('/guide')
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true))
  await page.getByRole('link', { name: /^The URL points at nothing/ }).click()
  await expect(page).toHaveURL(/\/guide\/target$/)
  await expect(h1(page)).toHaveText('What is at the URL the client asked for?')
  await expect(h1(page)).toBeFocused()
  await expect(page).toHaveTitle('What is at the URL the client asked for?')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://httpcodes.shadowlanes.com/guide/target')
  await page.getByRole('link', { name: 'It lives at another URL now' }).click()
  await expect(h1(page)).toHaveText('Will the resource stay at the new URL for good?')
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true)

  await page.goBack()
  await expect(page).toHaveURL(/\/guide\/target$/)
  await expect(h1(page)).toHaveText('What is at the URL the client asked for?')
  await page.goBack()
  await expect(h1(page)).toHaveText('What is going on with this request?')
  await page.goForward()
  await expect(h1(page)).toHaveText('What is at the URL the client asked for?')
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true)
  expect(problems.list()).toEqual([])
})

test('from the keyboard: Tab to an answer, Enter, and focus is on the new question; change an answer, start over', async ({ page }) => {
  await page.goto('/guide/moved')
  await page.waitForLoadState('networkidle')
  const answer = page.getByRole('link', { name: /^No: it is only for now/ })
  await answer.focus()
  await page.keyboard.press('Enter')
  await expect(h1(page)).toHaveText('How should the client make its follow-up request?')
  await expect(h1(page)).toBeFocused()
  // The trail: each earlier answer can be changed.
  await page.getByRole('link', { name: 'Change your answer to: Will the resource stay at the new URL for good?' }).click()
  await expect(page).toHaveURL(/\/guide\/moved$/)
  await expect(h1(page)).toBeFocused()
  await page.getByRole('link', { name: 'Start over' }).click()
  await expect(page).toHaveURL(/\/guide$/)
  await expect(h1(page)).toHaveText('What is going on with this request?')
})

test('an answer that ends at a code opens its page, which says how the guide reaches it', async ({ page }) => {
  await page.goto('/guide/moved-temporary')
  await page.getByRole('link', { name: /^Repeat the same request/ }).click()
  await expect(page).toHaveURL(/\/307$/)
  const section = page.locator('#in-the-guide')
  await expect(section).toBeVisible()
  await expect(page.locator('ul.guide-routes').getByRole('link', { name: 'How should the client make its follow-up request?' })).toHaveAttribute('href', '/guide/moved-temporary')
})

test('a shared link to a question opens that question, with the answers that lead to it', async ({ page }) => {
  await page.goto('/guide/body-contents')
  await expect(h1(page)).toHaveText('What is wrong with the data in the body?')
  await expect(page.getByRole('navigation', { name: 'Your answers' }).locator('li')).toHaveCount(2)
  await expect(page.getByText('Also defensible: 400 Bad Request.')).toBeVisible()
})
