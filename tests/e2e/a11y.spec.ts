import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import { TEMPLATES, pagesShowingEveryTokenColour } from './templates.ts'

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const MODES = ['light', 'dark'] as const
type Mode = (typeof MODES)[number]

// axe takes a few seconds a page, and more on a busy machine.
test.describe.configure({ timeout: 120_000 })

/** Opens a path in light or dark mode, the way a returning visitor who chose that mode sees it. */
async function open(page: Page, path: string, mode: Mode) {
  await page.emulateMedia({ colorScheme: mode })
  await page.addInitScript((m) => localStorage.setItem('vitepress-theme-appearance', m), mode)
  const response = await page.goto(path)
  await page.waitForLoadState('networkidle')
  await expect(page.locator('html')).toHaveClass(mode === 'dark' ? /(^|\s)dark(\s|$)/ : /^(?!.*(^|\s)dark(\s|$))/)
  return response
}

/** Each violation as one readable line per offending node, so a failure says what to fix and where. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`))
}

/** axe in light mode, then in dark mode after switching to it with the nav bar's appearance switch. */
async function axeBothModes(page: Page, path: string, status = 200): Promise<Record<Mode, string[]>> {
  expect((await open(page, path, 'light'))?.status()).toBe(status)
  const light = await axeViolations(page)
  await page.getByRole('switch', { name: 'Switch to dark theme' }).click()
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/)
  return { light, dark: await axeViolations(page) }
}

// Every page's structure is checked statically (tests/site/); colours and what scripts build need
// the browser: one page of each kind, and the pages whose code examples show every token colour.
const AXE_PAGES = [
  ...TEMPLATES.filter((t) => t.status === undefined && !t.path.includes('?')),
  ...pagesShowingEveryTokenColour()
    .filter((path) => !TEMPLATES.some((t) => t.path === path))
    .map((path) => ({ name: 'code examples', path })),
]

test.describe('axe in light and dark mode', () => {
  for (const { name, path } of AXE_PAGES) {
    test(`${name} (${path}) has no WCAG 2.1 AA violations`, async ({ page }) => {
      expect(await axeBothModes(page, path)).toEqual({ light: [], dark: [] })
    })
  }

  for (const mode of MODES) {
    test(`the home page showing search results has no WCAG 2.1 AA violations (${mode})`, async ({ page }) => {
      await open(page, '/?q=rate+limit', mode)
      await expect(page.getByRole('option').first()).toContainText('429')
      // a lifecycle badge of every kind on screen at once
      await page.getByRole('combobox').fill('4')
      await expect(page.locator('.code-search-results .code-badge-unofficial').first()).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })

    test(`the home page with a query that matches nothing has no WCAG 2.1 AA violations (${mode})`, async ({ page }) => {
      await open(page, '/?q=4040', mode)
      await expect(page.locator('.code-search-empty')).toContainText('No code matches')
      expect(await axeViolations(page)).toEqual([])
    })

    test(`the nav bar search dialog, with results and with none, has no WCAG 2.1 AA violations (${mode})`, async ({ page }) => {
      await open(page, '/511', mode)
      await page.keyboard.press('Control+k')
      const dialog = page.getByRole('dialog', { name: 'Search' })
      await dialog.getByRole('combobox', { name: 'Search' }).fill('gateway')
      await expect(dialog.getByRole('option').first()).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await dialog.getByRole('combobox', { name: 'Search' }).fill('zzzz')
      await expect(dialog.locator('.code-search-empty')).toContainText('No code matches')
      expect(await axeViolations(page)).toEqual([])
    })

    test(`the phone menu, the phone sidebar and "On this page", open, have no WCAG 2.1 AA violations (${mode})`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 })
      await open(page, '/511', mode)
      await page.getByRole('button', { name: 'mobile navigation' }).click()
      await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await page.keyboard.press('Escape')
      await page.locator('.VPLocalNav').getByRole('button', { name: 'Menu' }).click()
      await expect(page.locator('#VPSidebarNav a[href="/503"]')).toBeInViewport()
      // axe reads colours: wait until the sidebar has finished fading in
      await expect(page.locator('.VPSidebar')).toHaveCSS('opacity', '1')
      await expect.poll(() => page.locator('.VPSidebar').evaluate((el) => el.getAnimations().length)).toBe(0)
      expect(await axeViolations(page)).toEqual([])
      await page.keyboard.press('Escape')
      await page.locator('.VPLocalNav').getByRole('button', { name: 'On this page' }).click()
      await expect(page.locator('#local-outline')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }

  test('the not-found page has no WCAG 2.1 AA violations', async ({ page }) => {
    const violations = await axeBothModes(page, '/999999', 404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address')
    expect(violations).toEqual({ light: [], dark: [] })
  })
})

/** What has keyboard focus, described well enough to assert on. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return { tag: el?.tagName.toLowerCase(), id: el?.id, href: el?.getAttribute('href'), text: el?.textContent?.trim() ?? '' }
  })
}

/** Presses Tab until `target` has focus; fails after `limit` presses, listing where focus went. */
async function tabUntil(page: Page, target: Locator, limit: number, key = 'Tab') {
  const visited: string[] = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key)
    if (await target.evaluate((el) => el === document.activeElement)) return visited.length + 1
    const f = await focused(page)
    visited.push(`${f.tag}${f.id ? '#' + f.id : ''} ${f.href ?? ''} "${f.text.slice(0, 30)}"`)
  }
  throw new Error(`focus never reached the target after ${limit} presses of ${key}; it went to:\n${visited.join('\n')}`)
}

/** Puts focus at the top of the page: the empty focus target VitePress places before the skip link. */
async function focusTopOfPage(page: Page) {
  await page.locator('#app span[tabindex="-1"]').first().focus()
}

/** A page just opened has focus on nothing yet, so the first Tab reaches the skip link. */
async function expectFocusAtTopOfPage(page: Page) {
  await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(true)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
}

test('keyboard only: search from home, open a code, follow a related code, and come back home', async ({ page }) => {
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  const box = page.getByRole('combobox', { name: 'Find a status code by number, name or words' })
  await focusTopOfPage(page)
  await expect(box).not.toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await tabUntil(page, box, 25)

  await page.keyboard.type('gateway')
  const options = page.getByRole('listbox', { name: 'Matching status codes' }).getByRole('option')
  await expect(options.nth(1)).toBeVisible()
  await page.keyboard.press('ArrowDown')
  const highlighted = options.nth(1)
  await expect(highlighted).toHaveAttribute('aria-selected', 'true')
  await expect(box).toHaveAttribute('aria-activedescendant', (await highlighted.getAttribute('id'))!)
  const code = await highlighted.locator('.result-code').innerText()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/${code}$`))
  await expect(page.locator('h1')).toContainText(code)

  // Each page is a new document, so focus starts at its top; Tab on to the first related-code link and follow it.
  await expectFocusAtTopOfPage(page)
  const related = page.locator('ul.related li:not(.related-comparison) a').first()
  const relatedHref = (await related.getAttribute('href'))!
  await tabUntil(page, related, 300)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${relatedHref}$`))
  await expect(page.locator('h1')).toContainText(relatedHref.slice(1))

  // From the top of that page, Tab to the breadcrumb's Home link and follow it back to the search.
  await expectFocusAtTopOfPage(page)
  const home = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })
  await tabUntil(page, home, 300)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/$/)
  await expect(box).toBeVisible()
  await expect(box).toHaveValue('')
})

/**
 * Tabs through a page from the top and, for every element that receives focus, reads the computed
 * outline and box-shadow while it matches :focus-visible. Returns the elements without either.
 */
async function elementsWithoutVisibleFocus(page: Page, limit: number): Promise<{ reached: number; invisible: string[] }> {
  await focusTopOfPage(page)
  const seen = new Set<string>()
  const invisible: string[] = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return undefined
      const style = getComputedStyle(el)
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
      const path: string[] = []
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
        const index = n.parentElement ? [...n.parentElement.children].indexOf(n) : 0
        path.unshift(`${n.tagName.toLowerCase()}${n.id ? '#' + n.id : ''}:${index}`)
      }
      return {
        key: path.join('>'),
        label: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        focusVisible: el.matches(':focus-visible'),
        visible: outline || shadow,
      }
    })
    if (!info) continue
    if (seen.has(info.key)) break // wrapped around
    seen.add(info.key)
    if (!info.focusVisible || !info.visible) invisible.push(`${info.label}${info.focusVisible ? '' : ' (not :focus-visible)'}`)
  }
  return { reached: seen.size, invisible }
}

for (const path of ['/', '/511', '/4xx', '/codes', '/999999']) {
  test(`every element Tab reaches on ${path} shows a visible focus indicator`, async ({ page }) => {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    const { reached, invisible } = await elementsWithoutVisibleFocus(page, 400)
    expect(reached).toBeGreaterThan(3)
    expect(invisible).toEqual([])
  })
}
