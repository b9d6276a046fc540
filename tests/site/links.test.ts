import { describe, expect, it } from 'vitest'
import { builtPages, fileForPath, sitemapUrls } from './model.ts'

/**
 * Every internal link of every built page, resolved the way a host with clean URLs serves it: the
 * target exists, and a #fragment names an element of that page. And no page is an orphan.
 */
describe('internal links', () => {
  const pages = builtPages()
  const targets = new Map<string, Set<string>>()
  for (const page of pages.values()) for (const href of page.links) targets.set(href, (targets.get(href) ?? new Set()).add(page.path))

  it('every one reaches a built file, and its #fragment exists there', () => {
    const broken: string[] = []
    for (const [href, on] of targets) {
      const url = new URL(href, 'http://site.invalid')
      if (url.origin !== 'http://site.invalid') continue // protocol-relative: not ours
      const where = `(on ${[...on].slice(0, 3).join(', ')}${on.size > 3 ? ` and ${on.size - 3} more` : ''})`
      const file = fileForPath(url.pathname)
      if (!file) broken.push(`${href}: no such page ${where}`)
      else if (url.hash) {
        const target = pages.get(url.pathname)
        if (!target?.ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${href}: no element with that id ${where}`)
      }
    }
    expect(targets.size).toBeGreaterThan(100)
    expect(broken).toEqual([])
  })

  it('leave no sitemap page unlinked', () => {
    const linked = new Set([...targets.keys()].map((href) => new URL(href, 'http://site.invalid').pathname))
    expect(sitemapUrls().map(({ path }) => path).filter((path) => !linked.has(path))).toEqual([])
  })

  it('catches a link to a missing page (the check itself can fail)', () => {
    expect(fileForPath('/5111')).toBeUndefined()
    expect(fileForPath('/511')).toBe('511.html')
    expect(fileForPath('/')).toBe('index.html')
    expect(fileForPath('/codes.json')).toBe('codes.json')
  })
})

describe('accessible names', () => {
  // The colour-scheme switch is named by islands/appearance.ts, the script that also makes it work
  // (without a script it does nothing); axe checks its name in the browser.
  it('every link and button on every page has text or a label', () => {
    const nameless: string[] = []
    for (const page of builtPages().values()) {
      page.$('a[href], button:not(.VPSwitchAppearance)').each((_, el) => {
        const $el = page.$(el)
        const name = $el.text().replace(/\u200b/g, '').trim() || $el.attr('aria-label') || $el.attr('title') || $el.attr('aria-labelledby')
        if (!name) nameless.push(`${page.path}: <${el.tagName} class="${$el.attr('class') ?? ''}">`)
      })
    }
    expect(nameless).toEqual([])
  })
})
