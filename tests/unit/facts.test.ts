import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../scripts/catalogue/load.ts'
import { LIBRARIES } from '../../scripts/catalogue/schema.ts'
import { renderSitePages } from '../../scripts/render/site-pages.ts'
import { CATALOGUE_FILE } from '../../scripts/site.ts'

const catalogue = loadCatalogue(CATALOGUE_FILE)
const pages = renderSitePages(catalogue)
const byCode = new Map(catalogue.codes.map((entry) => [entry.code, entry]))

describe('facts in the catalogue', () => {
  it('marks as cacheable by default exactly RFC 9110 §15.1 list plus 451 (RFC 7725)', () => {
    const byDefault = catalogue.codes.filter((e) => e.facts.cacheable === 'by-default').map((e) => e.code)
    expect(byDefault.sort()).toEqual([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501])
  })

  it('says caches must never store 428, 429, 431 and 511 (RFC 6585) or any 1xx (RFC 9111 §3)', () => {
    const never = catalogue.codes.filter((e) => e.facts.cacheable === 'never').map((e) => e.code)
    expect(never).toEqual(expect.arrayContaining([100, 101, 102, 103, 104, 428, 429, 431, 511]))
    expect(never.every((code) => code < 200 || [428, 429, 431, 511].includes(code))).toBe(true)
  })

  it('allows no body for 1xx, 204, 205 and 304', () => {
    for (const code of [100, 101, 102, 103, 104, 204, 205, 304]) expect(byCode.get(code)!.facts.body, String(code)).toBe('none')
  })

  it('describes the five redirects as RFC 9110 §15.4 does', () => {
    const redirects = Object.fromEntries(catalogue.codes.filter((e) => e.facts.redirect).map((e) => [e.code, e.facts.redirect]))
    expect(redirects).toEqual({
      301: { permanent: true, method: 'may-become-get' },
      302: { permanent: false, method: 'may-become-get' },
      303: { permanent: false, method: 'becomes-get' },
      307: { permanent: false, method: 'kept' },
      308: { permanent: true, method: 'kept' },
    })
  })

  it('shows every MUST header of a code in its example response', () => {
    for (const entry of catalogue.codes) {
      const head = (entry.exchange.response ?? '').split('\n\n')[0]!.toLowerCase()
      for (const header of entry.headers.filter((h) => h.requirement === 'must')) {
        expect(head, `${entry.code} ${header.name}`).toContain(`\n${header.name.toLowerCase()}:`)
      }
    }
  })

  it('requires the headers the RFCs make mandatory', () => {
    const must = (code: number) => byCode.get(code)!.headers.filter((h) => h.requirement === 'must').map((h) => h.name)
    expect(must(401)).toContain('WWW-Authenticate')
    expect(must(405)).toContain('Allow')
    expect(must(407)).toContain('Proxy-Authenticate')
    expect(must(426)).toContain('Upgrade')
  })

  it('records where every constant was checked', () => {
    for (const entry of catalogue.codes) {
      for (const library of LIBRARIES) {
        if (entry.constants[library]) expect(catalogue.libraries[library]?.url, `${entry.code} ${library}`).toMatch(/^https:\/\//)
      }
    }
  })

  it('keeps names that were never registered searchable, but not as former names', () => {
    for (const [code, name] of [[503, 'Service Temporarily Unavailable'], [430, 'Request Header Fields Too Large'], [440, 'Login Time-out']] as const) {
      expect(byCode.get(code)!.aliases, String(code)).not.toContain(name)
      expect(byCode.get(code)!.keywords, String(code)).toContain(name.toLowerCase())
    }
  })

  it('marks the codes defined by Experimental RFCs as such', () => {
    expect(catalogue.codes.filter((e) => e.lifecycle === 'experimental').map((e) => e.code)).toEqual([103, 208, 506, 508])
  })

  it('keeps RFC 9110 names, with the former names as aliases', () => {
    expect(byCode.get(413)).toMatchObject({ name: 'Content Too Large', aliases: expect.arrayContaining(['Payload Too Large', 'Request Entity Too Large']) })
    expect(byCode.get(422)).toMatchObject({ name: 'Unprocessable Content', aliases: expect.arrayContaining(['Unprocessable Entity']) })
    expect(byCode.get(414)).toMatchObject({ name: 'URI Too Long', aliases: expect.arrayContaining(['Request-URI Too Long']) })
    expect(byCode.get(416)).toMatchObject({ name: 'Range Not Satisfiable', aliases: expect.arrayContaining(['Requested Range Not Satisfiable']) })
    expect(byCode.get(418)).toMatchObject({ name: '(Unused)', lifecycle: 'unused' })
    expect(byCode.get(104)).toMatchObject({ lifecycle: 'temporary', expires: '2026-11-13' })
  })
})

describe('related codes', () => {
  it('link to pages that link back', () => {
    for (const entry of catalogue.codes) {
      const page = pages.get(`${entry.code}.md`)!
      const related = page.slice(page.indexOf('## Related codes'))
      const linked = [...related.slice(0, related.indexOf('\n## ', 3)).matchAll(/<a href="\/(\d{3})">/g)].map((m) => Number(m[1]))
      for (const code of linked) {
        expect(pages.get(`${code}.md`), `${code} links back to ${entry.code}`).toMatch(new RegExp(`## Related codes[\\s\\S]*<a href="/${entry.code}">`))
      }
    }
  })

  it('cover the pairs people confuse, on both pages', () => {
    const pairs = [[401, 403], [403, 404], [404, 410], [400, 422], [409, 412], [301, 308], [302, 307], [302, 303], [500, 502], [502, 504], [503, 429], [408, 504], [413, 414], [413, 431], [406, 415], [200, 204], [201, 202]]
    for (const [a, b] of pairs) {
      expect(pages.get(`${a}.md`), `${a} -> ${b}`).toMatch(new RegExp(`## Related codes[\\s\\S]*<a href="/${b}">`))
      expect(pages.get(`${b}.md`), `${b} -> ${a}`).toMatch(new RegExp(`## Related codes[\\s\\S]*<a href="/${a}">`))
    }
  })
})
