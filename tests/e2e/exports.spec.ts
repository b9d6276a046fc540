import type { APIRequestContext } from '@playwright/test'
import { test, expect } from './fixtures.ts'

const SITE = 'https://httpcodes.shadowlanes.com'

/** The path of a published URL on the local server. */
function local(url: string): string {
  expect(url.startsWith(`${SITE}/`), url).toBe(true)
  return new URL(url).pathname
}

/**
 * Asks for gzip only: `vitepress preview` compresses on the fly, and brotli at its default quality
 * takes seconds on the 600 KB codes.json when the machine is busy. Static hosts precompress.
 */
function get(request: APIRequestContext, path: string) {
  return request.get(path, { headers: { 'accept-encoding': 'gzip' } })
}

async function fetchOk(request: APIRequestContext, path: string, contentType: RegExp) {
  const response = await get(request, path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type'], path).toMatch(contentType)
  return response
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** Every <meta> in the static HTML, keyed by its property or name, with its content as written. */
function metaTags(html: string): Map<string, string[]> {
  const meta = new Map<string, string[]>()
  for (const [, attrs] of html.matchAll(/<meta\s([^>]*)>/g)) {
    const parsed = Object.fromEntries([...attrs!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]))
    const key = parsed.property ?? parsed.name
    if (key && parsed.content !== undefined) meta.set(key, [...(meta.get(key) ?? []), parsed.content])
  }
  return meta
}

test('/codes.json lists every code in order with its version, schema URL and page URL', async ({ request }) => {
  const body = await (await fetchOk(request, '/codes.json', /^application\/json/)).json()
  expect(body.version).toBe(1)
  expect(body.$schema).toBe(`${SITE}/schema/v1/codes.schema.json`)
  const codes = body.codes.map((code: { code: number }) => code.code)
  expect(codes).toEqual([...codes].sort((a, b) => a - b))
  expect(codes).toEqual(expect.arrayContaining([100, 404, 511, 999]))
  const entry = body.codes.find((code: { code: number }) => code.code === 511)
  expect(entry).toMatchObject({ name: 'Network Authentication Required', class: '5xx', lifecycle: 'standard', url: `${SITE}/511` })
})

test('/api/511.json is the one code, the same as in /codes.json', async ({ request }) => {
  const one = await (await fetchOk(request, '/api/511.json', /^application\/json/)).json()
  const all = await (await get(request, '/codes.json')).json()
  const { $schema, version, ...fields } = one
  expect($schema).toBe(`${SITE}/schema/v1/code.schema.json`)
  expect(version).toBe(1)
  expect(fields).toEqual(all.codes.find((code: { code: number }) => code.code === 511))
})

test('the schema URLs in the JSON exports resolve to the published JSON Schemas', async ({ request }) => {
  const schema = await (await fetchOk(request, '/schema/v1/codes.schema.json', /^application\/json/)).json()
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  expect(schema.$id).toBe(`${SITE}/schema/v1/codes.schema.json`)
  expect(schema.properties.codes.items.required).toEqual(expect.arrayContaining(['code', 'name', 'summary', 'url']))
  const { $schema } = await (await get(request, '/api/511.json')).json()
  const codeSchema = await (await fetchOk(request, local($schema), /^application\/json/)).json()
  expect(codeSchema.$id).toBe($schema)
})

test('/codes.csv is CSV with a header row and a row for 511', async ({ request }) => {
  const text = await (await fetchOk(request, '/codes.csv', /^text\/csv/)).text()
  const lines = text.split('\r\n')
  expect(lines[0]).toBe('code,name,aliases,lifecycle,sentBy,class,summary,url,sources')
  expect(lines.find((line) => line.startsWith('511,'))).toMatch(/^511,Network Authentication Required,,standard,,5xx,.*,https:\/\/httpcodes\.shadowlanes\.com\/511,https:\/\/www\.rfc-editor\.org\//)
})

test('/llms.txt is plain text with the title, the summary and every code page', async ({ request }) => {
  const text = await (await fetchOk(request, '/llms.txt', /^text\/plain/)).text()
  expect(text).toMatch(/^# httpcodes\n\n> \S/)
  const codes = (await (await get(request, '/codes.json')).json()).codes as { code: number; name: string; url: string }[]
  for (const code of codes) expect(text).toContain(`[${code.code} ${code.name}](${code.url}): `)
})

test('/og/511.png is a 1200x630 PNG', async ({ request }) => {
  const png = await (await fetchOk(request, '/og/511.png', /^image\/png$/)).body()
  expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
})

for (const { path, title, type } of [
  { path: '/', title: 'Every HTTP status code, explained', type: 'website' },
  { path: '/511', title: '511 Network Authentication Required', type: 'article' },
  { path: '/404', title: '404 Not Found', type: 'article' },
]) {
  test(`${path} has Open Graph and Twitter card tags in its static HTML, with an image that exists`, async ({ request }) => {
    const html = await (await fetchOk(request, path, /^text\/html/)).text()
    const meta = metaTags(html)
    const one = (key: string) => {
      expect(meta.get(key) ?? [], key).toHaveLength(1)
      return meta.get(key)![0]!
    }
    const canonical = [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1])
    expect(canonical).toHaveLength(1)
    expect(one('og:url')).toBe(canonical[0])
    expect(one('og:type')).toBe(type)
    expect(one('og:site_name')).toBe('httpcodes')
    expect(one('og:title')).toBe(title)
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/ \| httpcodes$/, '')).toBe(title)
    expect(one('og:description')).toBe(one('description'))
    expect(one('og:image:width')).toBe('1200')
    expect(one('og:image:height')).toBe('630')
    expect(one('og:image:alt')).toMatch(/\S/)
    expect(one('twitter:card')).toBe('summary_large_image')
    expect(one('twitter:title')).toBe(one('og:title'))
    expect(one('twitter:description')).toBe(one('og:description'))
    expect(one('twitter:image')).toBe(one('og:image'))

    const image = one('og:image')
    expect(image).toBe(path === '/' ? `${SITE}/og/site.png` : `${SITE}/og${path}.png`)
    const png = await (await fetchOk(request, local(image), /^image\/png$/)).body()
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 })
  })
}
