/**
 * Hostile catalogue text: whatever a text field holds (HTML, `</script>`, `{{ }}`, Markdown, YAML,
 * emoji, thousands of characters) is shown literally. Each page is rendered the way the site
 * renders it: our Markdown, parsed by gray-matter, turned into HTML by VitePress's own Markdown
 * renderer, then parsed as the Vue template VitePress compiles it into.
 */
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import matter from 'gray-matter'
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress'
import { parse as parseTemplate, NodeTypes, type ElementNode, type RootNode, type TemplateChildNode } from '@vue/compiler-dom'
import { renderSitePages } from '../../scripts/render/site-pages.ts'
import { codeHeadTags, codeJsonLd, jsonLdTag } from '../../scripts/render/head.ts'
import { describe as describeEntry, pageTitle } from '../../scripts/render/describe.ts'
import { codePageMeta as metaOfEntry } from '../../scripts/render/page.ts'
import { paragraphs, parseInline } from '../../scripts/catalogue/prose.ts'
import { validateCatalogue } from '../../scripts/catalogue/load.ts'
import { entrySchema, type Catalogue, type Entry, type EntryInput } from '../../scripts/catalogue/schema.ts'
import { entry } from './entries.ts'

const BASE = 'https://httpcodes.example'

// ---------------------------------------------------------------------------------------------
// Hostile strings

/** Fragments that mean something to HTML, Vue, Markdown, YAML, JSON or a <script> element. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '</script><script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<style>body{display:none}</style>',
  '<!-- comment -->',
  '<![CDATA[ x ]]>',
  '</p></div></table>',
  '<div v-if="true" @click="alert(1)" :title="x" v-html="y">',
  '{{ 7*7 }}',
  "{{ constructor.constructor('alert(1)')() }}",
  '{{',
  '}}',
  '&lt;b&gt;',
  '&amp;',
  '&#60;script&#62;',
  '&nbsp;',
  '"',
  "'",
  '`',
  '``` js',
  '`code`',
  '# Heading',
  '## Meaning',
  '* item',
  '- [ ] task',
  '> quote',
  '| a | b |',
  '**bold** _em_ ~~del~~',
  '[text](/422)',
  '[text](https://example.com/x)',
  '[x](javascript:alert(1))',
  '![img](https://example.com/i.png)',
  '::: warning',
  ':::',
  '$$ x^2 $$',
  ':tada:',
  '---',
  '...',
  'key: value',
  '- yaml item',
  '{a: 1}',
  '[1, 2]',
  '!!js/function "x"',
  '%YAML 1.2',
  '? q',
  '*anchor',
  '&anchor x',
  'null',
  'true',
  '0x1F',
  '~',
  '|-',
  '>-',
  '#',
  '\\',
  '\\u003c',
  '${x}',
  '<%= x %>',
  '\u2028',
  '\u2029',
  '\u200b',
  '\ufeff',
  '\u00a0',
  '\t',
  '🚦',
  '👩‍👩‍👧‍👦',
  'ß',
  'مرحبا',
  '漢字',
]

function codePoints(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('')
}

/** Any text a contributor could put in a field of at most `max` characters, line breaks of every kind included. */
function hostileText(max: number): fc.Arbitrary<string> {
  const fragment = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', ' \n  ', '\n\n', '\r\r', '\r') },
    { weight: 1, arbitrary: fc.constantFrom('<b>x</b>{{ y }}'.repeat(300), '🚦'.repeat(2000)) },
  )
  return fc
    .array(fragment, { minLength: 1, maxLength: 8 })
    .map((parts) => codePoints(parts.join(''), max))
    .filter((text) => text.trim() !== '')
}

const line = (max = 200) => hostileText(max)
const prose = (max = 4000) => hostileText(max)

/** One entry with hostile text in every text field, plus 400 and 422 for it to link to. */
const hostileCatalogue = fc
  .record({
    code: fc.constantFrom(401, 530, 799),
    lifecycle: fc.constantFrom<Entry['lifecycle'][]>('standard', 'deprecated', 'unofficial'),
    name: line(80),
    aliases: fc.array(line(), { maxLength: 2 }),
    keywords: fc.array(line(), { maxLength: 2 }),
    sentBy: line(),
    summary: line(200),
    lifecycleNote: prose(),
    meaning: prose(),
    whenToUse: prose(),
    example: prose(),
    whenNotToUse: prose(3950), // leaves room for the link every entry needs
    sourceNote: prose(),
    sourceTitle: line(),
    request: prose(),
    response: prose(),
    log: prose(),
    note: prose(),
    otherName: line(),
    otherSentBy: line(),
    otherText: prose(),
    headerNote: prose(),
    difference: prose(),
    retry: prose(),
    constantName: line(),
    constantNote: prose(),
    libraryLabel: line(),
    libraryChecked: line(),
  })
  .map((t) => {
    const source = { type: 'vendor' as const, title: t.sourceTitle, url: 'https://example.com/docs' }
    const input: EntryInput = entry(t.code, {
      name: t.name,
      aliases: t.aliases,
      keywords: t.keywords,
      lifecycle: t.lifecycle,
      ...(t.lifecycle === 'unofficial' ? { sentBy: t.sentBy } : {}),
      lifecycleNote: t.lifecycleNote,
      summary: t.summary,
      meaning: t.meaning,
      whenToUse: t.whenToUse,
      example: t.example,
      whenNotToUse: `${t.whenNotToUse} [400 Bad Request](/400)`,
      sourceNote: t.sourceNote,
      sources: [source, { type: 'rfc', rfc: 9110, section: '15.5.1' }],
      exchange: { request: t.request, response: `HTTP/1.1 ${t.code} Name\n${t.response}`, log: t.log, note: t.note },
      otherMeanings: [{ name: t.otherName, sentBy: t.otherSentBy, text: t.otherText, sources: [source] }],
      headers: [{ name: 'Retry-After', requirement: 'may', note: t.headerNote, source }],
      facts: { cacheable: 'never', body: 'allowed', retry: t.retry, sources: [source] },
      related: [{ code: 400, difference: t.difference }],
      constants: { node: { name: t.constantName, note: t.constantNote } },
    })
    return {
      libraries: { node: { label: t.libraryLabel, checked: t.libraryChecked, url: 'https://example.com/node' } },
      codes: [input, entry(400), entry(422)],
    }
  })

function parseValid(raw: unknown): Catalogue {
  const result = validateCatalogue(raw)
  if (!result.ok) throw new Error(`the generated catalogue should be valid:\n${result.problems.join('\n')}`)
  return result.catalogue
}

// ---------------------------------------------------------------------------------------------
// Rendering the way VitePress does, and reading the result back

let md: MarkdownRenderer
beforeAll(async () => {
  md = await createMarkdownRenderer(resolve('docs'), {}, '/')
}, 60_000)

/** Markdown becomes HTML (VitePress's renderer), which VitePress compiles as a Vue template. */
function toTemplate(markdownBody: string): { root: RootNode; errors: string[] } {
  const html = md.render(markdownBody, { path: resolve('docs/x.md'), relativePath: 'x.md', cleanUrls: true })
  const errors: string[] = []
  const root = parseTemplate(`<div>${html}</div>`, { whitespace: 'preserve', onError: (e) => errors.push(e.message) })
  return { root, errors }
}

/** Tags our pages and VitePress's code blocks are made of; anything else came from text. */
const OUR_TAGS = new Set(['div', 'p', 'span', 'a', 'code', 'nav', 'h1', 'h2', 'h3', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'br', 'button', 'pre'])
const OUR_ATTRIBUTES = new Set(['class', 'id', 'href', 'rel', 'title', 'tabindex', 'aria-label', 'aria-current', 'scope', 'data-code', 'data-label', 'data-expires', 'data-expired-text', 'v-pre'])

/** Every node, and whether it sits inside a <pre> (a code block, whose markup is VitePress's own). */
function* walk(nodes: TemplateChildNode[], inPre = false): Generator<[TemplateChildNode, boolean]> {
  for (const node of nodes) {
    yield [node, inPre]
    if (node.type === NodeTypes.ELEMENT) yield* walk(node.children, inPre || node.tag === 'pre')
  }
}

const BLOCKS = new Set(['div', 'p', 'nav', 'h1', 'h2', 'h3', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'br', 'pre'])
const INTERPOLATION = '\ue000INTERPOLATION\ue000'

/** The text a reader sees; an interpolation shows as a marker no catalogue text can match. */
function textOf(nodes: TemplateChildNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === NodeTypes.TEXT) return node.content
      if (node.type === NodeTypes.INTERPOLATION) return INTERPOLATION
      if (node.type === NodeTypes.ELEMENT) return BLOCKS.has(node.tag) ? ` ${textOf(node.children)} ` : textOf(node.children)
      return ''
    })
    .join('')
}

/** Whitespace collapses in HTML, and Markdown turns NUL into U+FFFD: compare modulo both. */
function norm(text: string): string {
  return text.replace(/\u0000/g, '\ufffd').replace(/\s+/g, ' ').trim()
}

/** Everything wrong with one rendered page: markup that came from text, or text that did not arrive literally. */
function problemsOf(markdownBody: string, texts: string[]): string[] {
  const { root, errors } = toTemplate(markdownBody)
  const problems = errors.map((e) => `template error: ${e}`)
  for (const [node, inPre] of walk(root.children)) {
    if (node.type === NodeTypes.INTERPOLATION) problems.push(`Vue interpolation: {{ ${'content' in node.content ? node.content.content.trim() : ''} }}`)
    if (node.type !== NodeTypes.ELEMENT) continue
    const element = node as ElementNode
    if (!OUR_TAGS.has(element.tag)) problems.push(`element <${element.tag}>`)
    if (inPre || element.tag === 'pre' || element.tag === 'button') continue // Shiki's and VitePress's code block markup
    for (const prop of element.props) {
      const name = prop.type === NodeTypes.ATTRIBUTE ? prop.name : prop.rawName ?? `v-${prop.name}`
      if (!OUR_ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${element.tag}>`)
      if (prop.type === NodeTypes.ATTRIBUTE && name === 'href' && !/^(\/|#|https:\/\/)/.test(prop.value?.content ?? '')) problems.push(`link to ${prop.value?.content}`)
    }
  }
  const text = norm(textOf(root.children))
  for (const expected of texts) if (!text.includes(norm(expected))) problems.push(`text not shown literally: ${JSON.stringify(expected.slice(0, 120))}`)
  return problems
}

/** What a reader must see of a prose field: each paragraph, markup reduced to its text. */
function proseTexts(text: string | undefined): string[] {
  return text ? paragraphs(text).map((p) => parseInline(p).map((part) => part.text).join('')) : []
}

function codePageTexts(e: Entry, catalogue: Catalogue): string[] {
  return [
    pageTitle(e),
    e.summary,
    ...(e.sentBy ? [`Sent by ${e.sentBy}`] : []),
    ...(e.aliases.length ? [e.aliases.join(', ')] : []),
    ...[e.meaning, e.whenToUse, e.example, e.whenNotToUse, e.lifecycleNote, e.sourceNote, e.exchange.note, e.facts.retry].flatMap(proseTexts),
    ...e.otherMeanings.flatMap((m) => [`${e.code} ${m.name} (${m.sentBy})`, ...proseTexts(m.text)]),
    ...e.headers.flatMap((h) => proseTexts(h.note)),
    ...e.related.flatMap((r) => proseTexts(r.difference)),
    ...e.sources.flatMap((s) => (s.type === 'vendor' ? [s.title] : [])),
    ...Object.values(e.constants).flatMap((c) => [c!.name, ...proseTexts(c!.note)]),
    ...Object.values(catalogue.libraries).map((l) => l!.label),
  ]
}

/** What each generated page must show of the hostile entry `e`. */
function expectedTexts(file: string, body: string, e: Entry, catalogue: Catalogue): string[] {
  if (file === `${e.code}.md`) return codePageTexts(e, catalogue)
  if (!body.includes(`href="/${e.code}"`)) return []
  // another code's page links to it under "Related codes"; lists and class pages show name and summary
  if (/^\d{3}\.md$/.test(file)) return [`${e.code} ${e.name}`, ...e.related.filter((r) => file === `${r.code}.md`).flatMap((r) => proseTexts(r.difference))]
  return [e.name, e.summary]
}

function pagesOf(catalogue: Catalogue) {
  return [...renderSitePages(catalogue)].map(([file, text]) => ({ file, text, ...matter(text) }))
}

// ---------------------------------------------------------------------------------------------

describe('hostile catalogue text', () => {
  it('is accepted by the schema, trimmed and otherwise unchanged', () => {
    fc.assert(
      fc.property(hostileCatalogue, (raw) => {
        const catalogue = parseValid(raw)
        const [input] = raw.codes
        const [parsed] = catalogue.codes
        expect(parsed!.name).toBe(input!.name.trim())
        expect(parsed!.summary).toBe(input!.summary.trim())
        expect(parsed!.meaning).toBe(input!.meaning.trim())
        expect(parsed!.exchange.request).toBe(input!.exchange.request.trim())
      }),
      { numRuns: 200 },
    )
  })

  it('round-trips through the frontmatter of every page to the same values', () => {
    fc.assert(
      fc.property(hostileCatalogue, (raw) => {
        const catalogue = parseValid(raw)
        const pages = pagesOf(catalogue)
        for (const e of catalogue.codes) {
          const page = pages.find((p) => p.file === `${e.code}.md`)!
          expect(page.data).toEqual({ title: pageTitle(e), description: describeEntry(e), keywords: metaOfEntry(e).keywords, code: e.code, lifecycle: e.lifecycle })
          expect(page.content.startsWith('\n<!-- Generated by')).toBe(true)
        }
        for (const page of pages) expect(Object.keys(page.data)).toContain('title')
      }),
      { numRuns: 200 },
    )
  })

  it('parses back from the JSON-LD to the same values, and can never close its <script>', () => {
    fc.assert(
      fc.property(hostileCatalogue, (raw) => {
        const [e] = parseValid(raw).codes
        const data = codeJsonLd(metaOfEntry(e!), BASE)
        const [tag, attributes, inner] = jsonLdTag(data)
        expect([tag, attributes]).toEqual(['script', { type: 'application/ld+json' }])
        expect(inner).not.toMatch(/[<>&\u2028\u2029]/)
        expect(JSON.parse(inner!)).toEqual(data)
        const [article] = (JSON.parse(inner!) as { '@graph': Record<string, unknown>[] })['@graph']
        expect(article).toMatchObject({ headline: pageTitle(e!), description: describeEntry(e!) })

        const headScript = codeHeadTags(metaOfEntry(e!), BASE).filter(([name]) => name === 'script')
        expect(headScript).toHaveLength(1)
        expect(JSON.parse(headScript[0]![2]!)).toEqual(data)
      }),
      { numRuns: 200 },
    )
  })

  it('gives meta tags whose attribute values read back as the text once VitePress escapes them', () => {
    fc.assert(
      fc.property(hostileCatalogue, (raw) => {
        const [e] = parseValid(raw).codes
        const metas = codeHeadTags(metaOfEntry(e!), BASE).filter(([name]) => name === 'meta')
        const content = (name: string) => {
          const [, attributes] = metas.find(([, a]) => a.name === name || a.property === name)!
          // VitePress's renderHead escapes attributes but leaves anything that looks like an entity alone.
          const html = `<meta content="${vitepressEscapeHtml(attributes.content!)}">`
          const [meta] = parseTemplate(html).children as ElementNode[]
          const prop = meta!.props[0]!
          return prop.type === NodeTypes.ATTRIBUTE ? prop.value!.content : undefined
        }
        expect(content('description')).toBe(describeEntry(e!))
        expect(content('keywords')).toBe(metaOfEntry(e!).keywords.join(', '))
      }),
      { numRuns: 200 },
    )
  })

  it('is shown literally on its code page, the list of codes and its class page, with no markup of its own', () => {
    fc.assert(
      fc.property(hostileCatalogue, (raw) => {
        const catalogue = parseValid(raw)
        const e = catalogue.codes[0]!
        for (const page of pagesOf(catalogue)) {
          const expected = expectedTexts(page.file, page.content, e, catalogue)
          expect({ page: page.file, problems: problemsOf(page.content, expected) }).toEqual({ page: page.file, problems: [] })
        }
      }),
      { numRuns: 60 },
    )
  }, 300_000)

  it('catches text that is not shown literally (the check itself can fail)', () => {
    expect(problemsOf('<p>{{ 7*7 }} <img src=x></p>', ['{{ 7*7 }}'])).toEqual([
      'Vue interpolation: {{ 7*7 }}',
      'element <img>',
      'attribute src on <img>',
      'text not shown literally: "{{ 7*7 }}"',
    ])
  })
})

/** Copied from VitePress 1.6.4's node build (escapeHtml used by renderHead for attribute values). */
function vitepressEscapeHtml(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/&(?![\w#]+;)/g, '&amp;')
}

/**
 * A blank line ends a Markdown HTML block; the text after it would be read as Markdown and compiled
 * by Vue. Line breaks inside one-line fields are escaped, and prose paragraphs split on any line break.
 */
describe('line breaks in one-line text and in prose', () => {
  function codePageProblems(overrides: Partial<EntryInput>): string[] {
    const catalogue = parseValid({ codes: [entry(401, overrides), entry(400), entry(422)] })
    const e = catalogue.codes[0]!
    const page = pagesOf(catalogue).find((p) => p.file === '401.md')!
    return problemsOf(page.content, codePageTexts(e, catalogue))
  }

  it('keep {{ }} and Markdown literal without a blank line', () => {
    expect(codePageProblems({ name: 'Bad {{ 7*7 }} *x*', summary: 'Sum {{ 1+1 }}', meaning: 'One {{ 2+2 }} *em*' })).toEqual([])
  })

  it('keep {{ }} and Markdown literal after a blank line in the name or summary', () => {
    expect(codePageProblems({ name: 'Bad\n\n{{ 7*7 }} *x*' })).toEqual([])
    expect(codePageProblems({ summary: 'Sum\r\n\r\n{{ 1+1 }} *x*' })).toEqual([])
  })

  it('keep {{ }} and Markdown literal after "\\r\\r" in prose', () => {
    expect(codePageProblems({ meaning: 'One\r\r{{ 2+2 }} *em*' })).toEqual([])
  })
})

describe('the schema', () => {
  it('rejects a name that is blank once trimmed, and one longer than 80 characters, saying where', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ \t\n\r]*$/), line(80).map((t) => t.trim() + '<'.repeat(81)), (blank, long) => {
        const problems = (name: string) => {
          const result = entrySchema.safeParse({ ...entry(400), name })
          return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
        }
        expect(problems(blank)).toEqual(['name: name must not be empty'])
        expect(problems(long)).toEqual(['name: name is longer than 80 characters'])
      }),
    )
  })
})
