import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { load, type CheerioAPI } from 'cheerio'
import { pathOfFile } from '../../kernel/paths.ts'

/**
 * The built site as the static tests see it: every HTML file of dist/ parsed once (the tests of
 * this folder share one module cache, see vitest.config.ts), with what many checks read.
 */
export const OUT_DIR = process.env.OUT_DIR ?? 'dist'
export const SITE = process.env.SITE_URL ?? 'https://httpcodes.shadowlanes.com'

export interface BuiltPage {
  /** the file under dist/: `511.html` */
  file: string
  /** the address it is served at: `/511` */
  path: string
  html: string
  $: CheerioAPI
  title: string
  /** every <meta> by name or property, with its content */
  meta: Map<string, string[]>
  canonicals: string[]
  jsonLd: unknown[]
  /** the text of every H1 not inside hidden content */
  h1s: string[]
  /** internal link targets as written ("/..." hrefs) */
  links: string[]
  ids: Set<string>
}

function parse(file: string): BuiltPage {
  const html = readFileSync(join(OUT_DIR, file), 'utf8')
  const $ = load(html)
  const meta = new Map<string, string[]>()
  $('meta').each((_, el) => {
    const key = $(el).attr('property') ?? $(el).attr('name')
    const content = $(el).attr('content')
    if (key && content !== undefined) meta.set(key, [...(meta.get(key) ?? []), content])
  })
  return {
    file,
    path: pathOfFile(file.replace(/\.html$/, '.md')),
    html,
    $,
    title: $('head > title').text(),
    meta,
    canonicals: $('link[rel="canonical"]').map((_, el) => $(el).attr('href')!).get(),
    jsonLd: $('script[type="application/ld+json"]').map((_, el) => JSON.parse($(el).text()) as unknown).get(),
    // headings of hidden content (the not-found page inside 404.html) are not the page's
    h1s: $('h1').filter((_, el) => $(el).closest('[hidden]').length === 0).map((_, el) => $(el).text().replace(/[\s\u200b]+$/, '')).get(),
    links: $('a[href^="/"]').map((_, el) => $(el).attr('href')!).get(),
    ids: new Set($('[id]').map((_, el) => $(el).attr('id')!).get()),
  }
}

let pages: Map<string, BuiltPage> | undefined

/** Every HTML file of the build, by the path it is served at. */
export function builtPages(): Map<string, BuiltPage> {
  if (!pages) {
    if (!existsSync(join(OUT_DIR, 'index.html'))) throw new Error(`${OUT_DIR}/ holds no build: run npm run build first`)
    const files = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort()
    pages = new Map(files.map((file) => parse(file)).map((page) => [page.path, page]))
  }
  return pages
}

export function builtPage(path: string): BuiltPage {
  const page = builtPages().get(path)
  if (!page) throw new Error(`no built page at ${path}`)
  return page
}

/** Every URL the sitemap lists, with its path. */
export function sitemapUrls(): { url: string; path: string }[] {
  const xml = readFileSync(join(OUT_DIR, 'sitemap.xml'), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => ({ url: url!, path: new URL(url!).pathname }))
}

/** The file a host serves for a path with clean URLs (`/511` -> 511.html), if the build has one. */
export function fileForPath(pathname: string): string | undefined {
  const name = decodeURIComponent(pathname).slice(1)
  const candidates = name === '' ? ['index.html'] : [name, `${name}.html`, `${name}/index.html`]
  return candidates.find((candidate) => existsSync(join(OUT_DIR, candidate)) && statSync(join(OUT_DIR, candidate)).isFile())
}

export function readBuilt(file: string): string {
  return readFileSync(join(OUT_DIR, file), 'utf8')
}

export function builtFile(file: string): Buffer {
  return readFileSync(join(OUT_DIR, file))
}

export function relativeToOut(file: string): string {
  return relative(OUT_DIR, file)
}
