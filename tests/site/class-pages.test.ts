import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../scripts/catalogue/load.ts'
import { CATALOGUE_FILE } from '../../scripts/site.ts'
import { builtPage } from './model.ts'

const catalogue = loadCatalogue(process.env.CATALOGUE ?? CATALOGUE_FILE)
const codesOf = (filter: (code: { code: number; lifecycle: string }) => boolean) => catalogue.codes.filter(filter).map((c) => String(c.code)).sort()

/** The first cell of each row of a page's code tables. */
function listedCodes(path: string): string[] {
  const { $ } = builtPage(path)
  return $('table.codes-table tbody tr td:first-child').map((_, td) => $(td).text()).get()
}

describe('class pages', () => {
  for (const digit of [1, 2, 3, 4, 5]) {
    it(`/${digit}xx lists every code of the class, in order`, () => {
      expect(listedCodes(`/${digit}xx`)).toEqual(codesOf((c) => Math.floor(c.code / 100) === digit))
    })
  }

  it('/unofficial lists every unofficial code with who sends it', () => {
    expect(listedCodes('/unofficial')).toEqual(codesOf((c) => c.lifecycle === 'unofficial'))
    const { $ } = builtPage('/unofficial')
    const row = $('table.codes-table tbody tr').filter((_, tr) => $(tr).find('td').first().text() === '444')
    expect(row.find('td').eq(3).text()).toBe('nginx')
  })

  it('/codes lists every code once', () => {
    expect([...listedCodes('/codes')].sort()).toEqual(codesOf(() => true))
  })

  it('every row of the redirect matrix matches the facts on the code page', () => {
    const { $ } = builtPage('/3xx')
    const rows = $('table.redirect-matrix tbody tr').map((_, tr) => ({ code: $(tr).attr('data-code')!, cells: $(tr).find('td').map((__, td) => $(td).text().trim()).get() })).get()
    expect(rows.map((r) => r.code)).toEqual(['301', '302', '303', '307', '308'])
    for (const { code, cells } of rows) {
      const page = builtPage(`/${code}`)
      const fact = (label: string) => page.$('table.facts tr').filter((_, tr) => page.$(tr).find('th').text() === label).find('td').text()
      const [, permanent, method, cacheable] = cells
      expect(fact('Permanent'), code).toMatch(new RegExp(`^${permanent}:`))
      const methodWord = { Kept: /^Kept/, 'POST may become GET': /^May become GET/, 'Becomes GET': /^Becomes GET/ }[method!]!
      expect(fact('Method'), code).toMatch(methodWord)
      expect(fact('Cacheable'), code).toMatch(cacheable === 'Yes' ? /^Yes/ : /^(No|Only)/)
    }
  })

  it('a code page links to its class in the breadcrumbs', () => {
    const { $ } = builtPage('/511')
    expect($('nav.breadcrumbs a').map((_, a) => [[$(a).text(), $(a).attr('href')]]).get()).toEqual([['Home', '/'], ['5xx Server Error', '/5xx']])
  })

  it('prev and next follow numeric order', () => {
    const pager = (path: string) => {
      const { $ } = builtPage(path)
      return { prev: $('.pager-link.prev .title').text(), next: $('.pager-link.next .title').text() }
    }
    expect(pager('/511')).toEqual({ prev: '510 Not Extended', next: expect.stringMatching(/^520 /) })
    expect(pager('/404')).toEqual({ prev: '403 Forbidden', next: '405 Method Not Allowed' })
  })
})

describe('/404', () => {
  it('is the 404 Not Found code page, with its content in the static HTML', () => {
    const page = builtPage('/404')
    expect(page.h1s).toEqual([expect.stringMatching(/^404 Not Found/)])
    expect(page.canonicals).toEqual(['https://httpcodes.shadowlanes.com/404'])
    expect(page.ids.has('meaning')).toBe(true)
  })

  it('also holds the not-found page, hidden, and the head script that shows it on unknown addresses before the first paint', () => {
    const { $, html } = builtPage('/404')
    expect($('.not-found[hidden] h1').text()).toBe('No page at this address')
    expect($('.not-found #not-found-path').length).toBe(1)
    const script = $('head > script:not([src]):not([id]):not([type])').text()
    expect(script).toContain('unknown-address')
    expect(html.indexOf(script)).toBeLessThan(html.indexOf('<body'))
  })
})
