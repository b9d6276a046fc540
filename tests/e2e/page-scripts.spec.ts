import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'

// Pages are static HTML; these are the parts that need a script (.vitepress/theme/islands/),
// each used the way a visitor uses it.

const PHONE = { width: 390, height: 800 }
const TABLET = { width: 1024, height: 800 }

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('dark'))

test.describe('colour scheme', () => {
  test('the switch changes the scheme, says which one it switches to, and the choice holds on the next page', async ({ page, problems }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/511')
    const toDark = page.getByRole('switch', { name: 'Switch to dark theme' })
    await expect(toDark).toHaveAttribute('aria-checked', 'false')
    await toDark.click()
    expect(await isDark(page)).toBe(true)
    const toLight = page.getByRole('switch', { name: 'Switch to light theme' })
    await expect(toLight).toHaveAttribute('aria-checked', 'true')
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).not.toBe('rgb(255, 255, 255)')

    await page.goto('/429')
    expect(await isDark(page)).toBe(true)
    await expect(page.getByRole('switch', { name: 'Switch to light theme' })).toHaveAttribute('aria-checked', 'true')
    await page.getByRole('switch', { name: 'Switch to light theme' }).click()
    await page.goto('/')
    expect(await isDark(page)).toBe(false)
    expect(problems.list()).toEqual([])
  })

  test('with no choice stored, the page follows the system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/511')
    expect(await isDark(page)).toBe(true)
    await expect(page.getByRole('switch', { name: 'Switch to light theme' })).toHaveAttribute('aria-checked', 'true')
  })

  test('between 768 and 1280 pixels the switch sits in the "..." menu, which opens by click and closes with Escape', async ({ page }) => {
    await page.setViewportSize(TABLET)
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/511')
    const more = page.getByRole('button', { name: 'extra navigation' })
    await more.click()
    await expect(more).toHaveAttribute('aria-expanded', 'true')
    const toDark = page.locator('.VPNavBarExtra').getByRole('switch', { name: 'Switch to dark theme' })
    await expect(toDark).toBeVisible()
    await toDark.click()
    expect(await isDark(page)).toBe(true)
    await page.keyboard.press('Escape')
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    await expect(more).toBeFocused()
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: PHONE })

  test('the menu button shows the site links and the colour-scheme switch; Escape closes it', async ({ page, problems }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/511')
    const menu = page.getByRole('button', { name: 'mobile navigation' })
    await expect(page.locator('.VPNavBarMenu')).toBeHidden()
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    const screen = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(screen.getByRole('link', { name: 'All codes' })).toBeVisible()
    await expect(screen.getByRole('link', { name: 'Search codes' })).toBeVisible()
    const toDark = page.getByRole('switch', { name: 'Dark theme' })
    await expect(toDark).toHaveAttribute('aria-checked', 'false')
    await toDark.click()
    expect(await isDark(page)).toBe(true)
    await expect(toDark).toHaveAttribute('aria-checked', 'true')

    await page.keyboard.press('Escape')
    await expect(screen).toBeHidden()
    await expect(menu).toBeFocused()
    await menu.click()
    await screen.getByRole('link', { name: 'All codes' }).click()
    await expect(page).toHaveURL(/\/codes$/)
    expect(problems.list()).toEqual([])
  })

  test('"Menu" slides in the sidebar of the page\'s class; a link in it opens that code, Escape or the backdrop closes it', async ({ page }) => {
    await page.goto('/511')
    const sidebar = page.locator('#VPSidebarNav')
    const link = sidebar.locator('a[href="/503"]')
    const canFocus = () => link.evaluate((a: HTMLElement) => (a.focus(), document.activeElement === a))
    // Closed, the sidebar is out of view and out of the Tab order.
    await expect(link).not.toBeInViewport()
    expect(await canFocus()).toBe(false)
    const menu = page.locator('.VPLocalNav').getByRole('button', { name: 'Menu' })
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expect(link).toBeInViewport()
    await expect(sidebar).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(sidebar.locator('a').first()).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(link).not.toBeInViewport()
    await expect(menu).toBeFocused()

    await menu.click()
    await expect(link).toBeInViewport()
    await page.locator('.sidebar-backdrop').click({ position: { x: PHONE.width - 10, y: PHONE.height / 2 } })
    await expect(link).not.toBeInViewport()

    await menu.click()
    await link.click()
    await expect(page).toHaveURL(/\/503$/)
    await expect(page.locator('h1')).toContainText('503')
  })
})

/** The page's second-level headings, as the outline should list them. */
async function sectionHeadings(page: Page): Promise<{ id: string; text: string }[]> {
  return page.locator('.vp-doc h2[id]').evaluateAll((nodes) =>
    nodes.map((node) => ({ id: node.id, text: [...node.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('header-anchor'))).map((n) => n.textContent).join('').trim() })),
  )
}

/** The section's heading is on screen and nothing (the nav bar, the local nav) covers it. */
async function expectHeadingInSight(page: Page, id: string) {
  const heading = page.locator(`[id="${id}"]`)
  await expect(heading).toBeInViewport()
  await expect
    .poll(() =>
      heading.evaluate((node) => {
        const box = node.getBoundingClientRect()
        const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2)
        return hit !== null && node.contains(hit)
      }),
    )
    .toBe(true)
}

/** Scrolled to the top, with focus there too: the next Tab reaches the page's first link. */
async function expectBackAtTop(page: Page) {
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
}

test.describe('on a phone, further down a page', () => {
  test.use({ viewport: PHONE })

  test('"On this page" lists the sections; a section link shows its heading clear of the bars; Escape closes the list', async ({ page }) => {
    await page.goto('/511')
    const headings = await sectionHeadings(page)
    expect(headings.length).toBeGreaterThan(2)
    const toggle = page.locator('.VPLocalNav').getByRole('button', { name: 'On this page' })
    const list = page.locator('#local-outline')
    await expect(list).toBeHidden()
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(list.locator('.outline-link')).toHaveText(headings.map((h) => h.text))
    await expect(list.getByRole('link', { name: headings.at(-1)!.text })).toBeInViewport()

    const target = headings[2]!
    await list.getByRole('link', { name: target.text }).click()
    await expect(page).toHaveURL(new RegExp(`#${target.id}$`))
    await expect(list).toBeHidden()
    await expectHeadingInSight(page, target.id)

    await toggle.click()
    await expect(list).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(list).toBeHidden()
    await expect(toggle).toBeFocused()
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  })

  test('"Return to top" in "On this page" scrolls back up and puts focus at the top', async ({ page }) => {
    await page.goto('/511')
    await page.locator('#source').scrollIntoViewIfNeeded()
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
    await page.locator('.VPLocalNav').getByRole('button', { name: 'On this page' }).click()
    await page.locator('#local-outline').getByRole('link', { name: 'Return to top' }).click()
    await expect(page.locator('#local-outline')).toBeHidden()
    await expectBackAtTop(page)
  })

  test('a page without sections offers "Return to top" on its own', async ({ page }) => {
    await page.goto('/unofficial')
    await expect(page.locator('.VPLocalNav').getByRole('button', { name: 'On this page' })).toHaveCount(0)
    await page.mouse.wheel(0, 3000)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
    await page.getByRole('button', { name: 'Return to top' }).click()
    await expectBackAtTop(page)
  })
})

test('between 960 and 1280 pixels, where the aside is not shown, "On this page" is in the local nav', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 800 })
  await page.goto('/511')
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden()
  await page.locator('.VPLocalNav').getByRole('button', { name: 'On this page' }).click()
  const target = (await sectionHeadings(page)).at(-2)!
  await page.locator('#local-outline').getByRole('link', { name: target.text }).click()
  await expectHeadingInSight(page, target.id)
  // Clicking elsewhere closes the list.
  await page.locator('.VPLocalNav').getByRole('button', { name: 'On this page' }).click()
  await page.mouse.click(1080, 780)
  await expect(page.locator('#local-outline')).toBeHidden()
})

test('"On this page" lists the sections of a code page and its links go to them', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/511')
  const outline = page.getByRole('navigation', { name: 'On this page' })
  const headings = await sectionHeadings(page)
  expect(headings.length).toBeGreaterThan(2)
  await expect(outline.getByRole('link')).toHaveText(headings.map((h) => h.text))
  const target = headings[2]!
  await outline.getByRole('link', { name: target.text }).click()
  await expect(page).toHaveURL(new RegExp(`#${target.id}$`))
  await expectHeadingInSight(page, target.id)
})

test('a sidebar section folds and unfolds from its caret, with the keyboard too', async ({ page }) => {
  await page.goto('/511')
  const caret = page.locator('.VPSidebarItem.collapsible > .item > .caret').first()
  const firstCode = page.locator('.VPSidebar').getByRole('link', { name: /^500 / })
  await expect(firstCode).toBeVisible()
  await expect(caret).toHaveAttribute('aria-expanded', 'true')
  await caret.click()
  await expect(firstCode).toBeHidden()
  await expect(caret).toHaveAttribute('aria-expanded', 'false')
  await caret.focus()
  await page.keyboard.press('Enter')
  await expect(firstCode).toBeVisible()
  await expect(caret).toHaveAttribute('aria-expanded', 'true')
})

test('the copy button of a code block copies the example', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/511')
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText())
  await page.evaluate(() => navigator.clipboard.writeText('something else'))
  const block = page.locator('.vp-doc div[class*="language-"]').first()
  const code = (await block.locator('pre').innerText()).replace(/\n$/, '')
  await block.hover()
  await block.getByRole('button', { name: 'Copy Code' }).click()
  await expect.poll(clipboard).toBe(code)
})

test('a / typed into a search box is text, not the shortcut to the home search', async ({ page }) => {
  await page.goto('/511')
  await page.keyboard.press('Control+k')
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('combobox', { name: 'Search' })
  await box.press('/')
  await expect(box).toHaveValue('/')
  await expect(page).toHaveURL(/\/511$/)
})

test.describe('a temporary registration past its listed expiry', () => {
  for (const [day, passed] of [['2026-11-01', false], ['2026-11-14', true]] as const) {
    test(`on ${day} the page and the search badges say ${passed ? 'that the date has passed' : 'when it is listed to expire'}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`))
      await page.goto('/104')
      const label = passed ? 'Temporary registration; its listed expiry date, 2026-11-13, has passed' : 'Temporary registration, listed to expire 2026-11-13'
      await expect(page.locator('.code-meta .code-badge')).toHaveText(label)
      await expect(page.locator('.custom-block-title')).toHaveText(label)
      await expect(page.locator('table.facts tr').filter({ hasText: 'Status' }).locator('td')).toHaveText(label)
      await page.goto('/?q=104')
      const badge = passed ? 'temporary, listed expiry 2026-11-13 passed' : 'temporary'
      await expect(page.getByRole('option').first().locator('.code-badge')).toHaveText(badge)
      await page.getByRole('combobox').fill('')
      await expect(page.getByRole('navigation', { name: 'Every status code' }).locator('li', { hasText: '104' }).locator('.code-badge')).toHaveText(badge)
    })
  }
})
