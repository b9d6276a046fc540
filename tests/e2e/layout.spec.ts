import type { Page } from '@playwright/test'
import { test, expect } from './fixtures.ts'
import { TEMPLATES } from './templates.ts'
import { sitemapUrls } from '../site/model.ts'

/**
 * What a page looks like, measured in the browser at three widths and in both colour schemes:
 * the defects a reader sees that the markup does not show.
 */
const WIDTHS = [1440, 768, 390]
const MODES = ['light', 'dark'] as const
const PAGES = TEMPLATES.filter((t) => !t.path.includes('?'))

test.describe.configure({ timeout: 180_000 })

/** Everything wrong with the layout of the page on screen, one line each. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`
    const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
    /** The distinct lines a range of text is laid out on. */
    const linesOf = (range: Range) => new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size

    // 1. No word of up to 14 letters or digits breaks across lines in a table cell; a header field
    // name in the headers table stays whole. On a phone, code (long identifiers) may wrap anywhere.
    const phone = window.innerWidth < 640
    for (const cell of document.querySelectorAll('.vp-doc td, .vp-doc th')) {
      if (!visible(cell)) continue
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (phone && node.parentElement?.closest('code')) continue
        for (const match of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]+/gu)) {
          if (match[0].length < 2 || match[0].length > 14) continue
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          if (linesOf(range) > 1) problems.push(`"${match[0]}" breaks across lines in ${describe(cell)}`)
        }
      }
    }
    for (const name of document.querySelectorAll('.vp-doc table.headers td:first-child code')) {
      const range = document.createRange()
      range.selectNodeContents(name)
      if (visible(name) && linesOf(range) > 1) problems.push(`header name "${name.textContent}" breaks across lines`)
    }

    // 2. Nothing scrolls sideways but boxes the keyboard can scroll (code blocks); never a table.
    const root = document.scrollingElement!
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`)
    for (const el of document.querySelectorAll<HTMLElement>('#VPContent *')) {
      if (el.scrollWidth <= el.clientWidth + 1 || !visible(el)) continue
      const overflow = getComputedStyle(el).overflowX
      if (overflow !== 'auto' && overflow !== 'scroll') continue
      if (el.tagName === 'TABLE') problems.push(`${describe(el)} scrolls sideways by ${el.scrollWidth - el.clientWidth}px`)
      else if (el.tabIndex < 0 && !el.querySelector('a[href], button, input, [tabindex]:not([tabindex="-1"])')) problems.push(`${describe(el)} scrolls ${el.scrollWidth - el.clientWidth}px and cannot take focus`)
    }

    // 3. At scroll 0, the title and the first line of the page are fully below the nav bar.
    const bar = document.querySelector('.VPNavBar')?.getBoundingClientRect().bottom ?? 0
    const firsts = [
      ...document.querySelectorAll('h1'),
      document.querySelector('.VPHero .name, .VPHero .text'),
      document.querySelector('.vp-doc > div > :first-child, .not-found > :first-child'),
    ].filter((el): el is Element => el !== null && visible(el))
    for (const el of firsts) {
      const top = el.getBoundingClientRect().top
      if (top < bar - 0.5) problems.push(`${describe(el)} starts at ${Math.round(top)}px, under the nav bar (bottom ${Math.round(bar)}px)`)
    }

    // 4. A badge keeps a gap from the text before it on the same line.
    for (const badge of document.querySelectorAll('.code-badge')) {
      const before = badge.previousElementSibling
      if (!before || !visible(badge)) continue
      const a = [...before.getClientRects()].at(-1)
      const b = badge.getClientRects()[0]
      if (!a || !b) continue
      const sameLine = b.top < a.bottom && a.top < b.bottom
      if (sameLine && b.left - a.right < 4) problems.push(`badge "${badge.textContent}" touches "${before.textContent?.trim().slice(-20)}" (${Math.round(b.left - a.right)}px)`)
    }
    return [...new Set(problems)]
  })
}

for (const width of WIDTHS) {
  for (const mode of MODES) {
    test(`at ${width}px in ${mode} mode, every kind of page is laid out without broken words, sideways scrolling, hidden titles or touching badges`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: mode, serviceWorkers: 'block' })
      const page = await context.newPage()
      const problems: string[] = []
      for (const { path } of PAGES) {
        await page.goto(path)
        await page.waitForLoadState('load')
        problems.push(...(await layoutProblems(page)).map((problem) => `${path}: ${problem}`))
      }
      // The home page showing results: badges in the list of results.
      await page.goto('/?q=4')
      await expect(page.getByRole('option').first()).toBeVisible()
      problems.push(...(await layoutProblems(page)).map((problem) => `/?q=4: ${problem}`))
      await context.close()
      expect(problems).toEqual([])
    })
  }
}

// A table's width depends on its content: at the narrowest width, every page is checked.
test('on a phone no page scrolls sideways or breaks a word in a table', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' })
  const page = await context.newPage()
  const problems: string[] = []
  for (const { path } of sitemapUrls()) {
    await page.goto(path)
    problems.push(...(await layoutProblems(page)).map((problem) => `${path}: ${problem}`))
  }
  await context.close()
  expect(problems).toEqual([])
})

test('the layout checks find the defects they look for (each check can fail)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/4xx')
  await page.addStyleTag({
    content: '.vp-doc td, .vp-doc th { overflow-wrap: anywhere } .VPHome .VPHero, .vp-doc > div { } .code-badge { margin: 0 }',
  })
  const broken = await layoutProblems(page)
  expect(broken.some((p) => /breaks across lines/.test(p))).toBe(true)
  await page.setViewportSize({ width: 390, height: 800 })
  await page.addStyleTag({ content: '@media (max-width: 639px) { .vp-doc table.stacks, .vp-doc table.stacks tr { display: table-row } .vp-doc table.stacks { display: block; overflow-x: auto } .vp-doc table.stacks td { display: table-cell } }' })
  expect((await layoutProblems(page)).some((p) => /scrolls sideways/.test(p))).toBe(true)
  await page.goto('/')
  await page.addStyleTag({ content: '.VPHome .VPHero { padding-top: 32px !important }' })
  expect((await layoutProblems(page)).some((p) => /under the nav bar/.test(p))).toBe(true)
  await page.addStyleTag({ content: '.code-index .code-badge { margin-left: 0 !important }' })
  expect((await layoutProblems(page)).some((p) => /touches/.test(p))).toBe(true)
})
