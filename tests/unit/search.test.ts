import { describe, expect, it } from 'vitest'
import { createSearch } from '../../kernel/search/engine.ts'
import { createPageSearch } from '../../kernel/search/pages.ts'
import { comparedParts, codesIn } from '../../kernel/search/query.ts'
import { loadSiteData } from '../../scripts/generator.ts'
import { pageRecords, searchRecords } from '../../scripts/render/search-records.ts'
import { dataFiles } from '../../scripts/site.ts'

// The ranking the home search and the nav bar search share, over the records the generator writes.
const { catalogue, content } = loadSiteData(dataFiles({}))
const codes = createSearch(searchRecords(catalogue))
const pages = createPageSearch(pageRecords(catalogue, content))
const pagesFor = (query: string) => pages.search(query, codes.lookup(query).sides).map((page) => page.path)
const codesFor = (query: string) => codes.search(query).map((result) => result.record.code)

describe('reading a query', () => {
  it('finds the three-digit numbers, each once, and no longer ones', () => {
    expect(codesIn('401 vs 403 vs 401')).toEqual([401, 403])
    expect(codesIn('4040 or 40')).toEqual([])
  })

  it('splits a comparison at its connectives, and leaves other queries whole', () => {
    expect(comparedParts('bad gateway or gateway timeout')).toEqual(['bad gateway', 'gateway timeout'])
    expect(comparedParts('difference between 502 and 504')).toEqual(['502', '504'])
    expect(comparedParts('content and encoding')).toEqual(['content and encoding'])
  })
})

describe('a query that compares codes finds their comparison first', () => {
  const cases: [string, string][] = [
    ['401 vs 403', '/401-vs-403'],
    ['403 vs 401', '/401-vs-403'],
    ['401 403', '/401-vs-403'],
    ['403 or 404', '/403-vs-404'],
    ['difference between 502 and 504', '/502-vs-504'],
    ['502 504 difference', '/502-vs-504'],
    ['301 vs 308 redirect', '/301-vs-308'],
    ['414 versus 431', '/413-vs-414-vs-431'],
    ['unauthorized vs forbidden', '/401-vs-403'],
    ['bad gateway or gateway timeout', '/502-vs-504'],
    ['moved permanently vs permanent redirect', '/301-vs-308'],
    ['not found vs gone', '/404-vs-410'],
  ]
  for (const [query, path] of cases) {
    it(`"${query}" offers ${path}`, () => {
      expect(pagesFor(query)[0]).toBe(path)
    })
  }

  it('lists both codes right after, each compared code first', () => {
    expect(codesFor('401 vs 403').slice(0, 2)).toEqual([401, 403])
    expect(codesFor('difference between 502 and 504').slice(0, 2)).toEqual([502, 504])
    expect(codesFor('unauthorized vs forbidden').slice(0, 2).sort()).toEqual([401, 403])
    // no connective to split at: the codes are listed because the query names them
    expect(codesFor('401 403').slice(0, 2)).toEqual([401, 403])
    expect(codesFor('502 504 difference').slice(0, 2)).toEqual([502, 504])
  })

  it('a code and a connective offers each comparison of that code', () => {
    expect(pagesFor('404 vs').sort()).toEqual(['/403-vs-404', '/404-vs-410'])
    expect(pagesFor('404 or gone')).toEqual(['/404-vs-410'])
  })

  it('two codes nobody compares offer no comparison, but still list both codes', () => {
    expect(pagesFor('401 vs 404')).toEqual([])
    expect(codesFor('401 vs 404').slice(0, 2)).toEqual([401, 404])
  })
})

describe('other questions', () => {
  it('"which code should I send?" and its variants offer the guide', () => {
    for (const query of ['which code', 'what status should I return', 'which status code to send', 'should i use 404', 'decision guide']) {
      expect(pagesFor(query), query).toContain('/guide')
    }
  })

  it('"check a response" offers the checker', () => {
    expect(pagesFor('check response')).toEqual(['/check'])
    expect(pagesFor('header linter')).toEqual(['/check'])
  })

  it('a lone code, a code with its name, or a word offer no page, so the code comes first', () => {
    for (const query of ['404', '40', '404 not found', 'timeout', 'rate limit', 'not found']) expect(pagesFor(query), query).toEqual([])
    expect(codesFor('404')[0]).toBe(404)
    expect(codesFor('404 not found')[0]).toBe(404)
  })
})
