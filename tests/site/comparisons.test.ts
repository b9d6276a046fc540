import { describe, expect, it } from 'vitest'
import { classLabel, classOf } from '../../kernel/classes.ts'
import { comparisonPath, codePath, guidePath } from '../../kernel/paths.ts'
import { loadSiteData } from '../../scripts/generator.ts'
import { pageTitle } from '../../scripts/render/describe.ts'
import { absoluteUrl, dataFiles } from '../../scripts/site.ts'
import { SITE, builtPage, readBuilt, sitemapUrls } from './model.ts'

// Every comparison page, read from the build and held against the data it was made from.
const { catalogue, content } = loadSiteData(dataFiles())
const byCode = new Map(catalogue.codes.map((entry) => [entry.code, entry]))
const comparisons = content.comparisons?.comparisons ?? []
const sitemap = new Set(sitemapUrls().map((url) => url.path))
const text = (html: string) => html.replace(/\s+/g, ' ').trim()

describe.runIf(comparisons.length > 0)('comparison pages', () => {
  for (const comparison of comparisons) {
    const path = comparisonPath(comparison.codes)
    const title = comparison.codes.map((code) => pageTitle(byCode.get(code)!)).join(' vs ')

    describe(path, () => {
      const page = builtPage(path)

      it('is in the sitemap, titled by its codes, with breadcrumbs in the markup and in JSON-LD', () => {
        expect(sitemap.has(path)).toBe(true)
        expect(page.h1s).toEqual([title])
        // the names when they fit in a tab title, else the numbers alone
        expect([`${title} | httpcodes`, title, `${comparison.codes.join(' vs ')}: which status code? | httpcodes`]).toContain(page.title)
        expect(page.title.length).toBeLessThanOrEqual(70)
        expect(page.meta.get('description')![0]!.length).toBeLessThanOrEqual(200)
        const crumbs = page.$('nav.breadcrumbs').first()
        expect(crumbs.find('a').map((_, a) => page.$(a).attr('href')).get()).toEqual(['/', '/compare'])
        expect(crumbs.find('[aria-current="page"]').text()).toBe(title)
        const graph = page.jsonLd.flatMap((doc) => (doc as { '@graph'?: { '@type': string; itemListElement?: { name: string; item: string }[] }[] })['@graph'] ?? [])
        const list = graph.find((node) => node['@type'] === 'BreadcrumbList')!.itemListElement!
        expect(list.map((item) => [item.name, item.item])).toEqual([
          ['Home', `${SITE}/`],
          ['Codes people confuse', `${SITE}/compare`],
          [title, absoluteUrl(path, SITE)],
        ])
      })

      it('opens with the deciding question, then the facts of each code side by side, from the catalogue', () => {
        expect(page.$('.compare-answer .compare-question').text()).toBe(comparison.question)
        const table = page.$('table.compare-facts')
        expect(table.find('thead th a').map((_, a) => page.$(a).attr('href')).get()).toEqual(comparison.codes.map(codePath))
        const cell = (code: number, row: string) =>
          text(
            table
              .find('tbody tr')
              .filter((_, tr) => page.$(tr).find('th').text() === row)
              .find(`td[data-code="${code}"]`)
              .text(),
          )
        for (const code of comparison.codes) {
          const entry = byCode.get(code)!
          expect(cell(code, 'Class')).toBe(classLabel(classOf(code)))
          expect(cell(code, 'Meaning')).toBe(entry.summary)
          expect(cell(code, 'Body')).toBe(entry.facts.body === 'none' ? 'None' : 'Allowed')
          expect(cell(code, 'Headers that go with it')).toContain(entry.headers[0]?.name ?? 'None required')
        }
      })

      it('says when to send each code, with an example, and cites its sources', () => {
        for (const code of comparison.codes) {
          expect(page.ids.has(`send-${code}`), `#send-${code}`).toBe(true)
          expect(page.$(`#send-${code}`).nextAll('.compare-example').first().text()).toMatch(/\S/)
        }
        expect(page.$('.compare-mistakes li')).toHaveLength(comparison.mistakes.length)
        const hrefs = page.$('a[href^="https://"]').map((_, a) => page.$(a).attr('href')).get()
        expect(hrefs.filter((href) => href.includes('rfc-editor.org') || href.includes('iana.org') || href.includes('developer.')).length).toBeGreaterThan(0)
      })

      it('links both ways: to each code page and the guide question, and back from each code page and its class page', () => {
        expect(page.$('a.compare-code').map((_, a) => page.$(a).attr('href')).get()).toEqual(comparison.codes.map(codePath))
        if (comparison.guide && content.guide) expect(page.$('a.compare-guide').attr('href')).toBe(guidePath(comparison.guide, content.guide.start))
        for (const code of comparison.codes) {
          const codePage = builtPage(codePath(code))
          expect(codePage.$('li.related-comparison a').map((_, a) => codePage.$(a).attr('href')).get(), codePath(code)).toContain(path)
          const classPage = builtPage(classOf(code).path)
          expect(classPage.$('li.class-comparison a').map((_, a) => classPage.$(a).attr('href')).get(), classOf(code).path).toContain(path)
        }
        expect(builtPage('/compare').links).toContain(path)
      })

      it('is listed in llms.txt', () => {
        expect(readBuilt('llms.txt')).toContain(`](${absoluteUrl(path, SITE)}): `)
      })
    })
  }

  it('/compare lists every comparison once, grouped by class', () => {
    const index = builtPage('/compare')
    const listed = index.$('ul.compare-index a').map((_, a) => index.$(a).attr('href')).get()
    expect(listed.sort()).toEqual(comparisons.map((comparison) => comparisonPath(comparison.codes)).sort())
    const classes = [...new Set(comparisons.map((comparison) => classLabel(classOf(comparison.codes[0]!))))]
    expect(index.$('h2').map((_, h) => text(index.$(h).text()).replace(/\u200b/g, '').trim()).get()).toEqual(classes)
  })
})
