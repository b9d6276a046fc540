import { test, expect, sitemapUrls } from './fixtures.ts'

// On a 360-pixel phone nothing scrolls sideways unless the keyboard can scroll it too: the page
// itself never does, and a box that does (a code block) can take focus.
test.use({ viewport: { width: 360, height: 740 } })
test.describe.configure({ timeout: 180_000 })

test('no page scrolls sideways on a phone, and every box that does can be scrolled by keyboard', async ({ page }) => {
  const problems: string[] = []
  for (const { path } of sitemapUrls()) {
    await page.goto(path)
    const found = await page.evaluate(() => {
      const out: string[] = []
      const root = document.scrollingElement!
      if (root.scrollWidth > root.clientWidth + 1) out.push(`the page is ${root.scrollWidth}px wide`)
      for (const el of document.querySelectorAll<HTMLElement>('#VPContent *')) {
        const overflow = getComputedStyle(el).overflowX
        if (overflow !== 'auto' && overflow !== 'scroll') continue
        if (el.scrollWidth <= el.clientWidth + 1) continue
        const focusable = el.tabIndex >= 0 || el.querySelector('a[href], button, input, [tabindex]:not([tabindex="-1"])') !== null
        if (!focusable) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} scrolls ${el.scrollWidth - el.clientWidth}px and cannot take focus`)
      }
      return out
    })
    problems.push(...found.map((problem) => `${path}: ${problem}`))
  }
  expect(problems).toEqual([])
})
