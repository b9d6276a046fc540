import { describe, expect, it } from 'vitest'
import { CatalogueError, parseCatalogueText, validateCatalogue } from '../../scripts/catalogue/load.ts'
import { catalogueOf, entry, pair } from './entries.ts'

function problems(data: unknown): string[] {
  const result = validateCatalogue(data)
  return result.ok ? [] : result.problems
}

describe('catalogue validation', () => {
  it('accepts a valid catalogue', () => {
    expect(validateCatalogue(pair()).ok).toBe(true)
  })

  it('reports malformed JSON with its line and column', () => {
    const error = (() => {
      try {
        parseCatalogueText('{\n  "codes": [\n    { "code": 400, }\n  ]\n}', 'data/status-codes.json')
      } catch (e) {
        return e as CatalogueError
      }
    })()
    expect(error).toBeInstanceOf(CatalogueError)
    expect(error!.problems).toMatchInlineSnapshot(`
      [
        "(root): not valid JSON: Expected double-quoted property name at line 3, column 20; fix the syntax and run again",
      ]
    `)
  })

  it('rejects a code that is not an integer from 100 to 999', () => {
    expect(problems(catalogueOf(entry(400), { ...entry(422), code: '4O4' }, { ...entry(422), code: 1000 }))).toMatchInlineSnapshot(`
      [
        "codes[1].code: expected an integer 100-999, received "4O4"",
        "codes[2].code: expected an integer 100-999, received 1000",
        "codes[0].whenNotToUse: links to /422, which is not in the catalogue",
      ]
    `)
  })

  it('names a missing required field', () => {
    const { meaning: _, ...withoutMeaning } = entry(422)
    expect(problems(catalogueOf(entry(400), withoutMeaning))).toMatchInlineSnapshot(`
      [
        "codes[1].meaning: required field is missing (expected meaning as a string)",
      ]
    `)
  })

  it('rejects an unknown lifecycle', () => {
    expect(problems(catalogueOf(entry(400), entry(422, { lifecycle: 'retired' as never })))).toMatchInlineSnapshot(`
      [
        "codes[1].lifecycle: expected one of: standard, experimental, temporary, unused, deprecated, obsolete, unofficial, received "retired"",
      ]
    `)
  })

  it('rejects a field the schema does not know', () => {
    expect(problems(catalogueOf(entry(400), { ...entry(422), meanign: 'typo' }))).toMatchInlineSnapshot(`
      [
        "codes[1]: unknown field "meanign"; check the spelling against scripts/catalogue/schema.ts",
      ]
    `)
  })

  it('rejects a duplicate code and names both entries', () => {
    expect(problems(catalogueOf(entry(400), entry(422), entry(400)))).toMatchInlineSnapshot(`
      [
        "codes[2].code: 400 is already used by codes[0]; merge the two entries (a second meaning goes in otherMeanings)",
      ]
    `)
  })

  it('requires an unofficial code to say who sends it', () => {
    expect(problems(catalogueOf(entry(400), entry(422, { lifecycle: 'unofficial' })))).toMatchInlineSnapshot(`
      [
        "codes[1].sentBy: an unofficial code must say who sends it (vendor or product)",
      ]
    `)
  })

  it('requires an expiry date on a temporary registration, and only there', () => {
    expect(problems(catalogueOf(entry(400, { lifecycle: 'temporary' }), entry(422, { expires: '2030-01-01' })))).toMatchInlineSnapshot(`
      [
        "codes[0].expires: a temporary registration needs its expiry date (YYYY-MM-DD)",
        "codes[1].expires: only a temporary registration expires; remove it or set lifecycle to "temporary"",
      ]
    `)
  })

  it('rejects a related code that does not exist, or the code itself', () => {
    const related = [
      { code: 499, difference: 'Different.' },
      { code: 422, difference: 'Itself.' },
    ]
    expect(problems(catalogueOf(entry(400), entry(422, { related })))).toMatchInlineSnapshot(`
      [
        "codes[1].related[0].code: 499 is not in the catalogue; add it or remove the link",
        "codes[1].related[1].code: a code cannot be related to itself",
      ]
    `)
  })

  it('rejects prose that links to a code not in the catalogue', () => {
    expect(problems(catalogueOf(entry(400), entry(422, { meaning: 'See [the other one](/431).' })))).toMatchInlineSnapshot(`
      [
        "codes[1].meaning: links to /431, which is not in the catalogue",
      ]
    `)
  })

  it('requires "when not to use" to link the code to use instead', () => {
    expect(problems(catalogueOf(entry(400), entry(422, { whenNotToUse: 'Not for other cases.' })))).toMatchInlineSnapshot(`
      [
        "codes[1].whenNotToUse: name at least one code to use instead, linked as [NNN Name](/NNN)",
      ]
    `)
  })

  it('requires the example response to carry the entry\'s own status code', () => {
    const exchange = { request: 'GET / HTTP/1.1', response: 'HTTP/1.1 200 OK\n\n' }
    expect(problems(catalogueOf(entry(400), entry(422, { exchange })))).toMatchInlineSnapshot(`
      [
        "codes[1].exchange.response: the status line says 200 but the entry is 422",
      ]
    `)
  })

  it('requires every MUST header to appear in the example response', () => {
    const headers = [{ name: 'Retry-After', requirement: 'must' as const, note: 'Say when.', source: { type: 'rfc' as const, rfc: 9110, section: '10.2.3' } }]
    expect(problems(catalogueOf(entry(400), entry(422, { headers })))).toMatchInlineSnapshot(`
      [
        "codes[1].headers[0].name: Retry-After is required with 422 but missing from exchange.response",
      ]
    `)
  })

  it('rejects a source link in the wrong format', () => {
    const sources = [
      { type: 'vendor' as const, title: 'Docs', url: 'http://example.com/docs' },
      { type: 'rfc' as const, rfc: 9110, section: '§15.5' },
    ]
    expect(problems(catalogueOf(entry(400), entry(422, { sources })))).toMatchInlineSnapshot(`
      [
        "codes[1].sources[0].url: expected an absolute https:// URL with no spaces, received "http://example.com/docs"",
        "codes[1].sources[1].section: expected a section number such as "15.5.5", received "§15.5"",
      ]
    `)
  })

  it('lists every problem of a catalogue in one go', () => {
    const list = problems(catalogueOf({ ...entry(400), code: 'x' }, entry(422, { lifecycle: 'unofficial', whenNotToUse: 'Nothing.' })))
    expect(list).toHaveLength(3)
  })
})
