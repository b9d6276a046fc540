import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { OUT_DIR, SITE, builtPage, builtPages, fileForPath, sitemapUrls } from './model.ts'

const urls = sitemapUrls()
const isCode = (path: string) => /^\/\d{3}$/.test(path)

describe('the sitemap', () => {
  it('lists the home page, the list of codes and every code page', () => {
    const paths = urls.map((u) => u.path)
    expect(paths).toEqual(expect.arrayContaining(['/', '/codes', '/404', '/511', '/unofficial', '/4xx']))
    expect(urls.every(({ url }) => url.startsWith(`${SITE}/`))).toBe(true)
  })

  it('has a built page for every URL, and lists every built page but the not-found page', () => {
    for (const { path } of urls) expect(fileForPath(path), path).toBeDefined()
    const listed = new Set(urls.map((u) => u.path))
    expect([...builtPages().keys()].filter((path) => !listed.has(path))).toEqual([])
  })
})

it('the home page leads to the guide, the checker and the comparisons beside the search', () => {
  const home = builtPage('/')
  expect(home.$('.code-search-tools a').map((_, a) => home.$(a).attr('href')).get()).toEqual(['/guide', '/check', '/compare'])
})

it('ships no web font: pages use the system font stack', () => {
  const fonts = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(woff2?|ttf|otf)$/.test(file))
  expect(fonts).toEqual([])
})

for (const { url, path } of urls) {
  describe(path, () => {
    const page = builtPage(path)
    const code = isCode(path) ? path.slice(1) : undefined

    it('has one H1, one description and its canonical URL', () => {
      expect(page.h1s).toHaveLength(1)
      expect(page.meta.get('description')).toHaveLength(1)
      expect(page.meta.get('description')![0]).toMatch(/\S/)
      expect(page.canonicals).toEqual([url])
      if (code) {
        expect(page.h1s[0]).toMatch(new RegExp(`^${code} \\S`))
        expect(page.title).toMatch(new RegExp(`^${code} .+ \\| httpcodes$`))
        expect(page.meta.get('description')![0]).toContain(`HTTP ${code} `)
      }
    })

    it('has Open Graph and Twitter card tags that agree with the page', () => {
      const one = (key: string) => {
        expect(page.meta.get(key) ?? [], key).toHaveLength(1)
        return page.meta.get(key)![0]!
      }
      expect(one('og:url')).toBe(url)
      expect(one('og:type')).toBe(code ? 'article' : 'website')
      expect(one('og:site_name')).toBe('httpcodes')
      expect(one('og:title')).toBe(page.title.replace(/ \| httpcodes$/, ''))
      expect(one('og:description')).toBe(one('description'))
      expect(one('og:image')).toBe(code ? `${SITE}/og/${code}.png` : `${SITE}/og/site.png`)
      expect(fileForPath(new URL(one('og:image')).pathname)).toBeDefined()
      expect([one('og:image:width'), one('og:image:height')]).toEqual(['1200', '630'])
      expect(one('og:image:alt')).toMatch(/\S/)
      expect(one('twitter:card')).toBe('summary_large_image')
      expect(one('twitter:title')).toBe(one('og:title'))
      expect(one('twitter:description')).toBe(one('og:description'))
      expect(one('twitter:image')).toBe(one('og:image'))
    })

    // The pager walks the sidebar (the lists and the codes); on a tool or a comparison it led to an unrelated page.
    const inSidebar = /^\/(\d{3}|[1-5]xx|codes|unofficial)$/.test(path)
    it(`${inSidebar ? 'has' : 'has no'} previous/next pager`, () => {
      expect(page.$('.prev-next').length).toBe(inSidebar ? 1 : 0)
    })

    if (/^\/guide(\/|$)/.test(path)) {
      it('is a guide question: JSON-LD with the trail of questions, one H1, every answer a plain link', () => {
        expect(page.jsonLd).toHaveLength(1)
        const graph = (page.jsonLd[0] as { '@graph': Record<string, unknown>[] })['@graph']
        expect(graph.find((node) => node['@type'] === 'WebPage')).toMatchObject({ url, name: page.title.replace(/ \| httpcodes$/, '') })
        const trail = graph.find((node) => node['@type'] === 'BreadcrumbList') as { itemListElement: { item: string }[] }
        expect(trail.itemListElement[0]!.item).toBe(`${SITE}/`)
        expect(trail.itemListElement.at(-1)!.item).toBe(url)
        const answers = page.$('.guide-answers > li > a').map((_, a) => page.$(a).attr('href')).get()
        expect(answers.length).toBeGreaterThanOrEqual(2)
        for (const href of answers) expect(fileForPath(href), href).toBeDefined()
      })
    }

    if (code) {
      it('has JSON-LD naming the page, and breadcrumbs from home through its class', () => {
        expect(page.jsonLd).toHaveLength(1)
        const graph = (page.jsonLd[0] as { '@graph': Record<string, unknown>[] })['@graph']
        const article = graph.find((node) => node['@type'] === 'TechArticle')!
        const trail = graph.find((node) => node['@type'] === 'BreadcrumbList') as { itemListElement: { item: string; name: string }[] }
        expect(article.url).toBe(url)
        expect(article.headline).toBe(page.h1s[0])
        expect(trail.itemListElement.at(-1)!.item).toBe(url)
        const crumbs = page.$('nav.breadcrumbs a').map((_, a) => page.$(a).text()).get()
        expect(crumbs).toEqual(['Home', expect.stringMatching(/^(\dxx .+|Unofficial codes)$/)])
        expect(trail.itemListElement.map((item) => item.name)).toEqual([...crumbs, page.h1s[0]])
      })
    }
  })
}
