import { existsSync, readFileSync } from 'node:fs'
import matter from 'gray-matter'
import { Resvg } from '@resvg/resvg-js'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { loadCatalogue, validateCatalogue } from '../../scripts/catalogue/load.ts'
import { classOf } from '../../kernel/classes.ts'
import { codePageMeta } from '../../scripts/render/page.ts'
import { entrySchema, type Catalogue, type Entry } from '../../scripts/catalogue/schema.ts'
import { CSV_COLUMNS, EXPORT_PATHS, SCHEMA_VERSION, codeJsonPath, renderExports } from '../../scripts/render/exports.ts'
import { codeHeadTags, pageHeadTags, type HeadTag } from '../../scripts/render/head.ts'
import { RESVG_OPTIONS, codeImageSvg, fitText, renderPng, siteImageSvg, textWidth } from '../../scripts/render/og-image.ts'
import { renderSitePages } from '../../scripts/render/site-pages.ts'
import { sourceLink } from '../../scripts/render/sources.ts'
import { CATALOGUE_FILE, DEFAULT_SITE_URL, absoluteUrl } from '../../scripts/site.ts'
import { pathOfFile } from '../../kernel/paths.ts'
import { entry } from './entries.ts'
import { parseCsv } from '../../scripts/lib/csv.ts'

const BASE = DEFAULT_SITE_URL
const catalogue = loadCatalogue(CATALOGUE_FILE)
const files = renderExports(catalogue, BASE)
const pages = renderSitePages(catalogue)
const sorted = [...catalogue.codes].sort((a, b) => a.code - b.code)

function file(path: string): string {
  const content = files.get(path)
  if (content === undefined) throw new Error(`no export at ${path}`)
  return content
}
const codesJson = JSON.parse(file(EXPORT_PATHS.codesJson))
const codesSchema = JSON.parse(file(EXPORT_PATHS.codesSchema))
const codeSchema = JSON.parse(file(EXPORT_PATHS.codeSchema))

/** A catalogue built from test entries, validated like the real one. */
function catalogueOf(...entries: unknown[]): Catalogue {
  const result = validateCatalogue({ codes: entries })
  if (!result.ok) throw new Error(result.problems.join('\n'))
  return result.catalogue
}

function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  return rows.map((row) => {
    expect(row).toHaveLength(header!.length)
    return Object.fromEntries(header!.map((column, i) => [column, row[i]!]))
  })
}

/** The attributes of each meta tag, keyed by `property` or `name`. */
function metaOf(tags: HeadTag[]): Map<string, string[]> {
  const meta = new Map<string, string[]>()
  for (const [tag, attrs] of tags) {
    const key = attrs.property ?? attrs.name
    if (tag === 'meta' && key) meta.set(key, [...(meta.get(key) ?? []), attrs.content!])
  }
  return meta
}

function one(meta: Map<string, string[]>, key: string): string {
  const values = meta.get(key) ?? []
  expect(values, key).toHaveLength(1)
  return values[0]!
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

describe('JSON exports', () => {
  it('codes.json validates against the generated JSON Schema', () => {
    const result = z.fromJSONSchema(codesSchema).safeParse(codesJson)
    expect(result.error?.issues ?? []).toEqual([])
  })

  it('every /api/<code>.json validates against the per-code schema and matches its entry in codes.json', () => {
    const validator = z.fromJSONSchema(codeSchema)
    for (const code of codesJson.codes) {
      const document = JSON.parse(file(codeJsonPath(code.code)))
      expect(validator.safeParse(document).error?.issues ?? [], `/api/${code.code}.json`).toEqual([])
      const { $schema, version, ...fields } = document
      expect($schema).toBe(codeSchema.$id)
      expect(version).toBe(SCHEMA_VERSION)
      expect(fields).toEqual(code)
    }
  })

  it('the schema rejects documents that break the catalogue rules', () => {
    const validator = z.fromJSONSchema(codesSchema)
    const first = codesJson.codes[0]
    const broken = (change: Record<string, unknown>) => ({ ...codesJson, codes: [{ ...first, ...change }] })
    const withoutName = { ...codesJson, codes: [Object.fromEntries(Object.entries(first).filter(([key]) => key !== 'name'))] }
    for (const document of [
      broken({ code: '4O4' }),
      broken({ code: 1000 }),
      broken({ lifecycle: 'retired' }),
      broken({ colour: 'red' }),
      broken({ summary: '' }),
      broken({ sources: [{ type: 'rfc', rfc: 'nine' }] }),
      broken({ exchange: { request: 'GET / HTTP/1.1', response: 'OK' } }),
      broken({ url: 'not a URL' }),
      broken({ class: '6xx' }),
      withoutName,
      { ...codesJson, version: SCHEMA_VERSION + 1 },
    ]) {
      expect(validator.safeParse(document).success, JSON.stringify(document).slice(0, 200)).toBe(false)
    }
  })

  it('the schema has a versioned URL, a title and a description of every field', () => {
    expect(codesSchema.$id).toBe(`${BASE}/schema/v${SCHEMA_VERSION}/codes.schema.json`)
    expect(codesJson.$schema).toBe(codesSchema.$id)
    expect(codesJson.version).toBe(SCHEMA_VERSION)
    expect(codesSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(codesSchema.description).toContain(`Version ${SCHEMA_VERSION}`)
    for (const schema of [codesSchema, codeSchema, codesSchema.properties.codes.items]) {
      expect(schema.additionalProperties).toBe(false)
      for (const [field, property] of Object.entries(schema.properties as Record<string, { description?: string }>)) {
        expect(property.description, field).toMatch(/\S/)
      }
    }
  })

  it('codes.json holds every field of every code, sorted by code, plus its class and page URL', () => {
    expect(codesJson.codes.map((code: Entry) => code.code)).toEqual(sorted.map((entry) => entry.code))
    codesJson.codes.forEach((code: Entry & { class: string; url: string }, i: number) => {
      const { class: cls, url, ...fields } = code
      expect(entrySchema.parse(fields)).toEqual(sorted[i])
      expect(fields).toEqual(JSON.parse(JSON.stringify(sorted[i])))
      expect(cls).toBe(classOf(code.code).id)
      expect(url).toBe(`${BASE}/${code.code}`)
    })
    expect(codesJson.libraries).toEqual(catalogue.libraries)
  })

  it('writes keys in sorted order at every level', () => {
    const unsorted: string[] = []
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`))
      else if (value && typeof value === 'object') {
        const keys = Object.keys(value)
        if (keys.join() !== [...keys].sort().join()) unsorted.push(path)
        for (const key of keys) walk((value as Record<string, unknown>)[key], `${path}.${key}`)
      }
    }
    walk(codesJson, '')
    expect(unsorted).toEqual([])
  })
})

describe('exports are deterministic', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('gives byte-identical files whatever the date, the order of the codes or the order of their keys', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'))
    const reversedKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversedKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reversedKeys(inner)]))
          : value
    const shuffled = { ...catalogue, codes: [...catalogue.codes].reverse().map((code) => reversedKeys(code) as Entry) }
    const again = renderExports(shuffled, BASE)
    expect([...again.keys()]).toEqual([...files.keys()])
    for (const [path, content] of files) expect(again.get(path), path).toBe(content)
  })
})

describe('codes.csv', () => {
  const rows = csvObjects(file(EXPORT_PATHS.codesCsv))

  it('has the header row, then one row per code in order, every record ending in CRLF', () => {
    const text = file(EXPORT_PATHS.codesCsv)
    expect(text.split('\r\n')[0]).toBe('code,name,aliases,lifecycle,sentBy,class,summary,url,sources')
    expect(parseCsv(text)[0]).toEqual([...CSV_COLUMNS])
    expect(rows.map((row) => Number(row.code))).toEqual(sorted.map((entry) => entry.code))
  })

  it('parses back to the catalogue: names, aliases, lifecycle, sender, class, summary, page URL and source links', () => {
    rows.forEach((row, i) => {
      const entry = sorted[i]!
      expect(row).toEqual({
        code: String(entry.code),
        name: entry.name,
        aliases: entry.aliases.join('; '),
        lifecycle: entry.lifecycle,
        sentBy: entry.sentBy ?? '',
        class: classOf(entry.code).id,
        summary: entry.summary,
        url: absoluteUrl(`/${entry.code}`, BASE),
        sources: entry.sources.map((source) => sourceLink(source).url).join(' '),
      })
      expect(row.aliases ? row.aliases.split('; ') : []).toEqual(entry.aliases)
    })
  })

  it('quotes commas, quotes and line breaks so that any text round-trips', () => {
    // Each special character alone in its field, so that each one has to trigger the quoting.
    const hostile = catalogueOf(
      entry(400, { name: 'Has "quotes" only', aliases: ['comma, only', 'plain'], summary: 'line\nbreak only' }),
      entry(422, { name: ' spaces around ', summary: 'carriage\r\nreturn', lifecycle: 'unofficial', sentBy: 'a "vendor", say' }),
    )
    const parsed = csvObjects(renderExports(hostile, BASE).get(EXPORT_PATHS.codesCsv)!)
    expect(parsed.map((row) => [row.name, row.aliases, row.summary, row.sentBy])).toEqual([
      ['Has "quotes" only', 'comma, only; plain', 'line\nbreak only', ''],
      ['spaces around', '', 'carriage\r\nreturn', 'a "vendor", say'],
    ])
  })
})

describe('llms.txt', () => {
  const text = file(EXPORT_PATHS.llmsTxt)
  const links = [...text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!)

  it('starts with the site title and its summary as a blockquote, then H2 sections of links', () => {
    const lines = text.split('\n')
    expect(lines.slice(0, 3)).toEqual(['# httpcodes', '', expect.stringMatching(/^> \S/)])
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1)
    expect(text).toMatch(/^## Overview$/m)
    for (const line of lines.filter((l) => l.startsWith('- '))) expect(line).toMatch(/^- \[[^\]]*(\\\][^\]]*)*\]\(https:\/\/\S+\): \S/)
  })

  it('lists every code page with its absolute URL and one-line meaning', () => {
    for (const entry of sorted) {
      expect(text).toContain(`- [${entry.code} ${entry.name}](${BASE}/${entry.code}): ${entry.summary}`)
    }
  })

  it('lists the home page and every generated page, and links only to pages and exports that exist', () => {
    const pageUrls = [absoluteUrl('/', BASE), ...[...pages.keys()].map((name) => absoluteUrl(pathOfFile(name), BASE))]
    for (const url of pageUrls) expect(links).toContain(url)
    const known = new Set([...pageUrls, ...[...files.keys()].map((path) => absoluteUrl(path, BASE))])
    expect(links.filter((url) => !known.has(url))).toEqual([])
  })

  it('keeps catalogue text on one line and escapes brackets in link text', () => {
    const hostile = renderExports(catalogueOf(entry(400, { name: 'Bad [request]', summary: 'One\nline' }), entry(422)), BASE).get(EXPORT_PATHS.llmsTxt)!
    expect(hostile).toContain(`- [400 Bad \\[request\\]](${BASE}/400): One line`)
  })
})

describe('exports agree with the pages', () => {
  it('gives each code the title, canonical URL and file of its page', () => {
    for (const code of codesJson.codes) {
      const page = pages.get(`${code.code}.md`)
      expect(page, `${code.code}.md`).toBeDefined()
      expect(existsSync(`docs/${code.code}.md`)).toBe(true)
      expect(matter(page!).data.title).toBe(`${code.code} ${code.name}`)
      expect(code.url).toBe(absoluteUrl(pathOfFile(`${code.code}.md`), BASE))
      const head = codeHeadTags(codePageMeta(sorted.find((entry) => entry.code === code.code)!), BASE)
      const canonical = head.find(([tag, attrs]) => tag === 'link' && attrs.rel === 'canonical')![1].href
      expect(canonical).toBe(code.url)
      expect(one(metaOf(head), 'og:url')).toBe(code.url)
    }
  })

  it('says the same in the JSON, the CSV and llms.txt', () => {
    const rows = csvObjects(file(EXPORT_PATHS.codesCsv))
    const llms = file(EXPORT_PATHS.llmsTxt)
    codesJson.codes.forEach((code: { code: number; name: string; url: string }, i: number) => {
      expect([rows[i]!.code, rows[i]!.name, rows[i]!.url]).toEqual([String(code.code), code.name, code.url])
      expect(llms).toContain(`[${code.code} ${code.name}](${code.url})`)
    })
  })
})

describe('link preview tags', () => {
  const get = (code: number) => sorted.find((entry) => entry.code === code)!

  it('describe a code page with its own image, title and canonical URL', () => {
    const head = codeHeadTags(codePageMeta(get(511)), BASE)
    const meta = metaOf(head)
    const canonical = head.find(([tag, attrs]) => tag === 'link' && attrs.rel === 'canonical')![1].href
    expect(one(meta, 'og:url')).toBe(canonical)
    expect(one(meta, 'og:type')).toBe('article')
    expect(one(meta, 'og:site_name')).toBe('httpcodes')
    expect(one(meta, 'og:title')).toBe('511 Network Authentication Required')
    expect(one(meta, 'og:description')).toBe(one(meta, 'description'))
    expect(one(meta, 'og:image')).toBe(`${BASE}/og/511.png`)
    expect([one(meta, 'og:image:width'), one(meta, 'og:image:height')]).toEqual(['1200', '630'])
    expect(one(meta, 'og:image:alt')).toBe('511 Network Authentication Required: 5xx Server Error')
    expect(one(meta, 'twitter:card')).toBe('summary_large_image')
    expect(one(meta, 'twitter:title')).toBe(one(meta, 'og:title'))
    expect(one(meta, 'twitter:description')).toBe(one(meta, 'og:description'))
    expect(one(meta, 'twitter:image')).toBe(one(meta, 'og:image'))
  })

  it('give other pages the site image and their own title', () => {
    const meta = metaOf(pageHeadTags({ path: '/4xx', title: '4xx Client Error status codes', description: 'The 4xx codes.' }, BASE))
    expect(one(meta, 'og:type')).toBe('website')
    expect(one(meta, 'og:url')).toBe(`${BASE}/4xx`)
    expect(one(meta, 'og:title')).toBe('4xx Client Error status codes')
    expect(one(meta, 'og:image')).toBe(`${BASE}/og/site.png`)
    expect(one(meta, 'twitter:image')).toBe(`${BASE}/og/site.png`)
    expect(one(metaOf(pageHeadTags({ path: '/', title: 'Home', description: 'Home.' }, BASE)), 'og:url')).toBe(`${BASE}/`)
    expect(one(metaOf(pageHeadTags({ path: '/', description: 'Home.', title: 'Given' }, BASE)), 'og:title')).toBe('Given')
  })


  it('keep entity-like catalogue text literal', () => {
    const meta = metaOf(codeHeadTags(codePageMeta(catalogueOf(entry(400, { name: 'A &lt; B' }), entry(422)).codes[0]!), BASE))
    expect(one(meta, 'og:title')).toBe('400 A &amp;lt; B')
    expect(one(meta, 'twitter:title')).toBe('400 A &amp;lt; B')
  })
})

describe('preview images', () => {
  const hostile = { code: 999, name: `</text><script>alert("x")</script> & 'quoted' \u0001\uD800 end`, lifecycle: 'unofficial' as const }

  it('escapes catalogue text for XML and drops characters XML cannot hold', () => {
    expect(codeImageSvg(hostile)).not.toContain('<script')
    const svg = codeImageSvg({ code: 499, name: `<b>&"'\u0001\uD800 x</b>`, lifecycle: 'standard' })
    expect(svg).toContain('>&lt;b&gt;&amp;&quot;&apos; x&lt;/b&gt;</text>')
    expect(svg).not.toMatch(/[\u0001\uD800]/)
  })

  it('fits a long name into at most two lines within the image', () => {
    const long = 'Request Header Fields And Everything Else Together Are Far Too Large To Accept Here'
    const { fontSize, lines } = fitText(long, [68, 60, 52], 2)
    expect(lines.length).toBeLessThanOrEqual(2)
    for (const line of lines) expect(textWidth(line, fontSize)).toBeLessThanOrEqual(1040)
    expect(lines.at(-1)).toMatch(/…$/)
    expect(fitText('Not Found', [68, 60, 52], 2)).toEqual({ fontSize: 68, lines: ['Not Found'] })
  })

  it('renders a 1200x630 PNG for a code, for the site, and for hostile text', async () => {
    for (const svg of [codeImageSvg(get511()), siteImageSvg(), codeImageSvg(hostile)]) {
      expect(pngSize(await renderPng(svg))).toEqual({ width: 1200, height: 630 })
    }
  })

  it('draws the name with a system font, so the text is really there', () => {
    const darkPixelsIn = (svg: string, top: number, bottom: number) => {
      const { pixels, width } = new Resvg(svg, RESVG_OPTIONS).render()
      let dark = 0
      for (let y = top; y < bottom; y++) for (let x = 0; x < width; x++) if (pixels[(y * width + x) * 4]! < 128) dark++
      return dark
    }
    // The name's first line sits between y = 270 and 345; the same image without its text is blank there.
    const svg = codeImageSvg(get511())
    expect(svg).toContain('>Network Authentication Required</text>')
    expect(darkPixelsIn(svg, 270, 345)).toBeGreaterThan(5000)
    expect(darkPixelsIn(svg.replace('>Network Authentication Required<', '><'), 270, 345)).toBe(0)
  })

  function get511() {
    return sorted.find((entry) => entry.code === 511)!
  }
})
