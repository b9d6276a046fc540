import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'

const catalogue = JSON.parse(readFileSync('data/status-codes.json', 'utf8')) as { codes: { code: number }[] }
const input = (page: Page) => page.getByRole('combobox', { name: 'Find a status code by number, name or words' })
const options = (page: Page) => page.getByRole('listbox', { name: 'Matching status codes' }).getByRole('option')
const optionCodes = async (page: Page) => (await options(page).locator('.result-code').allInnerTexts()).map(Number)

const status = (page: Page) => page.locator('.code-search-status')

/** Types a query and waits until the search has answered (the data loads on first use). */
async function search(page: Page, query: string) {
  await input(page).fill(query)
  await expect(status(page)).toHaveText(/matching codes?$/)
}

/** The home page, with its search box focused. */
async function openHome(page: Page) {
  await page.goto('/')
  await expect(input(page)).toBeFocused()
}

test.describe('the home search', () => {
  test.beforeEach(async ({ page }) => openHome(page))

  test.describe('matching and ranking', () => {
    const firsts: [string, number][] = [
      ['511', 511],
      ['payload too large', 413],
      ['rate limit', 429],
      ['captive portal', 511],
      ['csrf', 419],
      ['teapot', 418],
      ['teapt', 418],
      ['  NOT FOUND  ', 404],
      ['unprocessable entity', 422],
      ['timeout', 504],
    ]
    for (const [query, code] of firsts) {
      test(`"${query}" puts ${code} first`, async ({ page }) => {
        await search(page, query)
        await expect(options(page).first()).toContainText(String(code))
      })
    }

    test('a comparison query offers the comparison first, then both codes, and Enter opens it', async ({ page }) => {
      await search(page, 'unauthorized vs forbidden')
      await expect(status(page)).toHaveText(/^1 comparison, then \d+ matching codes$/)
      const first = options(page).first()
      await expect(first).toHaveAttribute('href', '/401-vs-403')
      await expect(first.locator('.result-kind')).toHaveText('Compare')
      await expect(first.locator('.result-name')).toHaveText('401 Unauthorized vs 403 Forbidden')
      expect((await optionCodes(page)).slice(0, 2).sort()).toEqual([401, 403])
      await input(page).press('Enter')
      await expect(page).toHaveURL(/\/401-vs-403$/)
      await expect(page.locator('h1')).toHaveText('401 Unauthorized vs 403 Forbidden')
    })

    test('a question about which code to send offers the guide', async ({ page }) => {
      await search(page, 'which status code should I send')
      await expect(options(page).first()).toHaveAttribute('href', '/guide')
      await expect(page.getByRole('button', { name: 'Copy link to the guide' })).toBeVisible()
    })

    test('a number prefix lists the codes that start with it', async ({ page }) => {
      await search(page, '51')
      await expect(options(page)).toHaveCount(2)
      expect(await optionCodes(page)).toEqual([510, 511])
    })

    test('a class query lists the whole class in order', async ({ page }) => {
      const fiveXX = catalogue.codes.map((c) => c.code).filter((c) => c >= 500 && c < 600).sort((a, b) => a - b)
      for (const query of ['5xx', '5**']) {
        await search(page, query)
        await expect(options(page)).toHaveCount(fiveXX.length)
        expect(await optionCodes(page)).toEqual(fiveXX)
      }
    })

    test('vendors find the codes they send', async ({ page }) => {
      await search(page, 'cloudflare')
      expect(await optionCodes(page)).toEqual(expect.arrayContaining([520, 521, 522, 523, 524, 525, 526, 530]))
      await search(page, 'nginx')
      expect((await optionCodes(page)).slice(0, 6).sort()).toEqual([444, 494, 495, 496, 497, 499])
    })

    test('name matches rank above matches in the explanations', async ({ page }) => {
      await search(page, 'gateway')
      const codes = await optionCodes(page)
      expect(codes.slice(0, 2).sort()).toEqual([502, 504])
    })

    test('each result shows code, name, class, a one-line meaning and a lifecycle badge', async ({ page }) => {
      await search(page, '444')
      const first = options(page).first()
      await expect(first.locator('.result-code')).toHaveText('444')
      await expect(first.locator('.result-name')).toHaveText('No Response')
      await expect(first.locator('.result-class')).toHaveText('4xx Client Error')
      await expect(first.locator('.result-summary')).not.toBeEmpty()
      await expect(first.locator('.code-badge')).toHaveText('unofficial')
      for (const [query, badge] of [['418', 'unused'], ['305', 'deprecated'], ['104', 'temporary, listed expiry 2026-11-13 passed'], ['510', 'obsolete']]) {
        await search(page, query!)
        await expect(options(page).first().locator('.code-badge')).toHaveText(badge!)
      }
      await search(page, '200')
      await expect(options(page).first().locator('.code-badge')).toHaveCount(0)
    })
  })

  test.describe('results are links', () => {
    test('each result is a link to the code\'s page, out of the Tab order', async ({ page }) => {
      await search(page, 'timeout')
      const hrefs = await options(page).evaluateAll((nodes) => nodes.map((node) => [node.tagName, node.getAttribute('href'), node.getAttribute('tabindex')]))
      expect(hrefs.length).toBeGreaterThan(2)
      for (const [tag, href, tabindex] of hrefs) {
        expect(tag).toBe('A')
        expect(href).toMatch(/^\/\d{3}$/)
        expect(tabindex).toBe('-1')
      }
      expect(await optionCodes(page)).toEqual(hrefs.map(([, href]) => Number(href!.slice(1))))
    })

    test('Ctrl-click and middle-click open the code in a new tab and leave the results in place', async ({ page, context }) => {
      await search(page, 'rate limit')
      const first = options(page).first()
      for (const click of [() => first.click({ modifiers: ['ControlOrMeta'] }), () => first.click({ button: 'middle' })]) {
        const [tab] = await Promise.all([context.waitForEvent('page'), click()])
        await tab.waitForLoadState()
        expect(new URL(tab.url()).pathname).toBe('/429')
        await tab.close()
      }
      await expect(page).toHaveURL(/\/\?q=rate\+limit$/)
      await expect(first).toContainText('429')
    })

    test('a plain click follows the link, and Back returns to the results', async ({ page }) => {
      await search(page, 'captive portal')
      await options(page).first().click()
      await expect(page).toHaveURL(/\/511$/)
      await page.goBack()
      await expect(input(page)).toHaveValue('captive portal')
      await expect(options(page).first()).toContainText('511')
    })
  })

  test.describe('keyboard and screen readers', () => {
    test('follows the combobox pattern with a live count of results', async ({ page }) => {
      const box = input(page)
      await expect(box).toHaveAttribute('aria-expanded', 'false')
      await box.pressSequentially('50')
      await expect(box).toHaveAttribute('aria-expanded', 'true')
      await expect(box).toHaveAttribute('aria-controls', 'code-search-results')
      const count = await options(page).count()
      await expect(page.getByRole('status').filter({ hasText: 'matching code' })).toHaveText(`${count} matching codes`)
      const activeId = await box.getAttribute('aria-activedescendant')
      await expect(page.locator(`#${activeId}`)).toHaveAttribute('aria-selected', 'true')
    })

    test('arrows move the highlight, Enter opens it, Escape clears', async ({ page }) => {
      const box = input(page)
      await box.pressSequentially('50')
      await expect(options(page).first()).toHaveAttribute('aria-selected', 'true')
      await box.press('ArrowDown')
      await box.press('ArrowDown')
      await expect(options(page).nth(2)).toHaveAttribute('aria-selected', 'true')
      await box.press('ArrowUp')
      const highlighted = options(page).nth(1)
      await expect(highlighted).toHaveAttribute('aria-selected', 'true')
      await expect(box).toHaveAttribute('aria-activedescendant', (await highlighted.getAttribute('id'))!)
      const code = await highlighted.locator('.result-code').innerText()
      await box.press('Enter')
      await expect(page).toHaveURL(new RegExp(`/${code}$`))
      await expect(page.locator('h1')).toContainText(code)

      await page.goBack()
      await expect(input(page)).toHaveValue('50')
      await input(page).press('Escape')
      await expect(input(page)).toHaveValue('')
      await expect(options(page)).toHaveCount(0)
      await expect(page).toHaveURL(/\/$/)
    })

    test('"/" on any page brings the cursor to the home search', async ({ page }) => {
      await page.goto('/511')
      await page.locator('h1').click()
      await page.keyboard.press('/')
      await expect(page).toHaveURL(/\/$/)
      await expect(input(page)).toBeFocused()
      await page.keyboard.type('429')
      await expect(options(page).first()).toContainText('Too Many Requests')
    })
  })

  test.describe('the query in the address', () => {
    test('typing updates the URL, and a reload or a shared link restores the results', async ({ page }) => {
      await search(page, 'rate limit')
      await expect(page).toHaveURL(/\/\?q=rate\+limit$/)
      await page.reload()
      await expect(input(page)).toHaveValue('rate limit')
      await expect(options(page).first()).toContainText('429')

      await page.goto('/?q=captive+portal')
      await expect(input(page)).toHaveValue('captive portal')
      await expect(options(page).first()).toContainText('511')
    })

    test('"copy link" is a real button that copies the canonical URL of the highlighted result', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      await search(page, 'rate limit')
      await page.keyboard.press('Tab')
      const button = page.getByRole('button', { name: 'Copy link to 429' })
      await expect(button).toBeFocused()
      await page.keyboard.press('Enter')
      await expect(page.getByText('Copied https://httpcodes.shadowlanes.com/429')).toBeVisible()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://httpcodes.shadowlanes.com/429')
    })
  })

  test.describe('no results', () => {
    test('says so and offers the nearest codes by number, by name, and the class', async ({ page }) => {
      await search(page, '4040')
      await expect(page.getByText('No code matches “4040”.')).toBeVisible()
      const empty = page.locator('.code-search-empty')
      await expect(empty.getByRole('link', { name: '404 Not Found' })).toHaveAttribute('href', '/404')
      await expect(empty.getByRole('link', { name: '4xx Client Error' })).toHaveAttribute('href', '/4xx')

      await search(page, 'teapoot kettle')
      await expect(empty).toContainText('Nearest by name')
      await expect(empty.getByRole('link').first()).toBeVisible()
    })
  })

  test('without JavaScript the home page lists every code as a link', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    const links = page.getByRole('navigation', { name: 'Every status code' }).getByRole('link')
    await expect(links).toHaveCount(catalogue.codes.length)
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
    expect(hrefs.sort()).toEqual(catalogue.codes.map((c) => `/${c.code}`).sort())
    await context.close()
  })

  test('typing sends no network request', async ({ page }) => {
    await page.waitForLoadState('networkidle')
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    const keys = 'rate limit'
    await input(page).pressSequentially(keys, { delay: 30 })
    await expect(options(page).first()).toContainText('429')
    await input(page).press('ArrowDown')
    await input(page).fill('cloudflare')
    await expect(options(page).first()).toContainText('530')
    // The only request allowed is Chromium refreshing the tab icon after the address changes,
    // which the page does once typing pauses (400 ms), never once per key.
    expect(requests.filter((path) => path !== '/favicon.svg')).toEqual([])
    expect(requests.length).toBeLessThan(keys.length)
  })

  test('queries with HTML, regex characters or thousands of characters are shown literally and break nothing', async ({ page, problems }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const hostile = ['<img src=x onerror=alert(1)>', '{{ 7*7 }}', '.*(?<=[', '\\', 'a'.repeat(5000), '🚦 ' + 'ß'.repeat(300)]
    for (const query of hostile) {
      await search(page, query)
      await expect(input(page)).toHaveValue(query)
      const shown = page.locator('.code-search-empty .query-text')
      if (await shown.count()) await expect(shown).toHaveText(query)
    }
    await search(page, '<img src=x onerror=alert(1)>')
    await expect(page.locator('.code-search-empty img')).toHaveCount(0)
    expect(dialogs).toEqual([])
    expect(problems.list()).toEqual([])
  })
})

test('the nav bar search finds code pages by number and by name, and comparisons, and opens them', async ({ page, problems }) => {
  await page.goto('/511')
  const searchButton = page.getByRole('button', { name: 'Search' })
  await searchButton.click()
  const dialog = page.getByRole('dialog', { name: 'Search' })
  const box = dialog.getByRole('combobox', { name: 'Search' })
  await expect(box).toBeFocused()
  const first = dialog.getByRole('listbox', { name: 'Matching status codes' }).getByRole('option').first()
  await box.fill('413')
  await expect(first.locator('.result-code')).toHaveText('413')
  await box.fill('Content Too Large')
  await expect(first.locator('.result-code')).toHaveText('413')
  await box.fill('Network Authentication Required')
  await expect(first.locator('.result-code')).toHaveText('511')
  await box.fill('502 vs 504')
  await expect(first).toHaveAttribute('href', '/502-vs-504')

  // Escape clears the query, a second Escape closes the dialog and focus goes back to the button.
  await box.press('Escape')
  await expect(box).toHaveValue('')
  await box.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(searchButton).toBeFocused()

  // Ctrl+K opens it from anywhere; Enter opens the highlighted code.
  await page.keyboard.press('Control+k')
  await expect(box).toBeFocused()
  await box.fill('too many requests')
  await expect(first.locator('.result-code')).toHaveText('429')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/429$/)
  await expect(page.locator('h1')).toContainText('429')
  expect(problems.list()).toEqual([])
})
