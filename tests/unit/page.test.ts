import matter from 'gray-matter'
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../scripts/catalogue/load.ts'
import { catalogueSchema } from '../../scripts/catalogue/schema.ts'
import { codeJsonLd } from '../../scripts/render/head.ts'
import { jsonForScript } from '../../scripts/render/escape.ts'
import { renderSitePages } from '../../scripts/render/site-pages.ts'
import { CATALOGUE_FILE } from '../../scripts/site.ts'
import { codePageMeta } from '../../scripts/render/page.ts'
import { entry } from './entries.ts'

const pages = renderSitePages(loadCatalogue(CATALOGUE_FILE))

describe('generated code pages', () => {
  it('renders the 511 page exactly as recorded', async () => {
    await expect(pages.get('511.md')).toMatchFileSnapshot('__snapshots__/511.md')
  })

  it('gives each page its title, description and keywords in the frontmatter', () => {
    const { data, content } = matter(pages.get('413.md')!)
    expect(data.title).toBe('413 Content Too Large')
    expect(data.description).toMatch(/^HTTP 413 Content Too Large: /)
    expect(data.keywords).toEqual(expect.arrayContaining(['413', 'Payload Too Large', 'Request Entity Too Large']))
    expect(content).toMatch(/<h1 id="top"[^>]*>413 Content Too Large /)
  })

  it('writes the five sections in order and a way back to the search', () => {
    const { content } = matter(pages.get('404.md')!)
    const headings = [...content.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(headings.filter((h) => ['Meaning', 'When to use', 'Example', 'When not to use', 'Source'].includes(h!))).toEqual([
      'Meaning',
      'When to use',
      'Example',
      'When not to use',
      'Source',
    ])
    expect(content).toContain('<a href="/">Search all status codes</a>')
  })

  it('lists a related code on both pages even when only one entry names it', () => {
    // 511 names 302 as related; 302's own list does not name 511.
    expect(pages.get('302.md')).toContain('<a href="/511">511 Network Authentication Required</a>')
  })

  it('shows every sender of a number that means several things', () => {
    expect(pages.get('499.md')).toContain('Other meanings of 499')
    expect(pages.get('499.md')).toMatch(/Token Required \(Esri ArcGIS/)
    expect(pages.get('451.md')).toMatch(/451 Redirect \(Microsoft Exchange ActiveSync\)/)
  })
})

describe('catalogue text is shown literally', () => {
  const hostile = '</script><script>alert(1)</script> {{ 7*7 }} **bold** [x](javascript:alert(1)) <img src=x onerror=alert(1)> ---\n: yaml: [ \' " & &amp; 🚦'
  const parsed = catalogueSchema.parse({
    codes: [
      entry(400, { name: hostile.slice(0, 80).replace(/\n/g, ' '), summary: hostile.replace(/\n/g, ' ').slice(0, 200), meaning: hostile, keywords: [hostile] }),
      entry(422),
    ],
  })
  const page = renderSitePages(parsed).get('400.md')!

  it('keeps frontmatter values identical after a YAML round trip', () => {
    const { data } = matter(page)
    expect(data.title).toBe(`400 ${parsed.codes[0]!.name}`)
    expect(data.keywords).toContain(hostile)
  })

  it('escapes HTML and marks catalogue text v-pre so Vue never compiles it', () => {
    const { content } = matter(page)
    expect(content).not.toContain('<script>')
    expect(content).not.toContain('<img')
    expect(content).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    for (const line of content.split('\n').filter((l) => l.includes('{{'))) expect(line).toMatch(/v-pre/)
  })

  it('does not turn Markdown-looking text into links or emphasis', () => {
    const { content } = matter(page)
    expect(content).toContain('**bold** [x](javascript:alert(1))')
    expect(content).not.toContain('href="javascript:')
  })

  it('produces JSON-LD that cannot close its script element and parses back to the same values', () => {
    const data = codeJsonLd(codePageMeta(parsed.codes[0]!), 'https://example.org')
    const text = jsonForScript(data)
    expect(text).not.toMatch(/<\/script/i)
    expect(text).not.toContain('<')
    expect(JSON.parse(text)).toEqual(data)
    expect(JSON.parse(text)['@graph'][0].headline).toBe(`400 ${parsed.codes[0]!.name}`)
  })
})
