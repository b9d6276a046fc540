import { cpSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type HeadConfig } from 'vitepress'
import { codeHeadTags, jsonLdTag, pageHeadTags, webPageJsonLd } from '../scripts/render/head.ts'
import type { SidebarItem } from '../scripts/render/sidebar.ts'
import { PUBLIC_DIR, SIDEBAR_FILE, derivedDir } from '../scripts/derived.ts'
import { DOCS_DIR, SITE_DESCRIPTION, SITE_TITLE, dataFiles, siteUrl } from '../scripts/site.ts'
import { pathOfFile } from '../kernel/paths.ts'
import { unknownAddressScript, withStaticNotFoundContent } from './not-found.ts'
import { literalTitle } from './page-title.ts'
import { pageDataGuard } from './page-data-guard.ts'
import { emptyOutDir } from './empty-out-dir.ts'
import { devLoop } from './dev.ts'
import { writeServiceWorker } from '../deploy/pwa.ts'

const SITE_URL = siteUrl()
const DATA = dataFiles()
const DOCS = process.env.DOCS_DIR ?? DOCS_DIR
// OUT_DIR lets two builds (say, a test build of a hostile catalogue) run side by side.
const OUT_DIR = process.env.OUT_DIR ?? 'dist'
// Everything the config needs from the catalogue was derived by `npm run generate`: the pages'
// frontmatter (head tags) and the derived folder (the sidebar, the exports, the preview images).
const DERIVED = derivedDir(DOCS)

export default defineConfig({
  srcDir: 'docs',
  outDir: OUT_DIR,
  // Pages are static HTML with no framework in the browser; the few interactive parts are small
  // scripts (theme/islands/). The default theme's client bundle alone was past the page-weight
  // and blocking-time budgets (issue 7). With no client app there is no inline site-data script
  // either, so the Content-Security-Policy allows only the theme's two head scripts.
  mpa: true,
  lang: 'en',
  title: SITE_TITLE,
  description: SITE_DESCRIPTION,
  cleanUrls: true,
  lastUpdated: false,
  sitemap: { hostname: `${SITE_URL}/` },
  head: [
    ['link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }],
    ['link', { rel: 'icon', href: '/favicon.ico', sizes: '32x32' }],
    ['meta', { name: 'theme-color', content: '#3451b2' }],
  ],
  themeConfig: {
    logo: { src: '/logo.svg', alt: '' },
    nav: [
      { text: 'All codes', link: '/codes' },
      { text: 'Which code?', link: '/guide' },
      { text: 'Check a response', link: '/check' },
    ],
    sidebar: readSidebar(),
    outline: { level: 2, label: 'On this page' },
    docFooter: { prev: 'Previous code', next: 'Next code' },
    notFound: {
      title: 'No page at this address',
      quote: 'Status codes run from 100 to 999; search them from the home page.',
      linkLabel: 'Search all status codes',
      linkText: 'Search all status codes',
    },
  },
  transformHead({ pageData }): HeadConfig[] {
    const { code, title, description, keywords } = pageData.frontmatter
    const notFound: HeadConfig[] = pageData.relativePath === '404.md' ? [['script', {}, unknownAddressScript(SITE_TITLE)]] : []
    if (typeof code === 'number') return [...notFound, ...codeHeadTags({ code, title, description, keywords }, SITE_URL)]
    const page = { path: pathOfFile(pageData.relativePath), title: title ?? SITE_TITLE, description: description ?? SITE_DESCRIPTION }
    const breadcrumbs = pageData.frontmatter.breadcrumbs as { name: string; path: string }[] | undefined
    return [...notFound, ...pageHeadTags(page, SITE_URL), ...(breadcrumbs ? [jsonLdTag(webPageJsonLd({ ...page, breadcrumbs }, SITE_URL))] : [])]
  },
  transformPageData: literalTitle,
  transformHtml: (html, _file, context) => withStaticNotFoundContent(html, context),
  async buildEnd(siteConfig) {
    cpSync(join(DERIVED, PUBLIC_DIR), siteConfig.outDir, { recursive: true })
    // Last, so it precaches everything the build wrote.
    await writeServiceWorker(siteConfig.outDir)
  },
  // "On this page" from the headings VitePress extracts at build time (theme/composables/outline.ts).
  markdown: { headers: { level: [2, 2] } },
  vite: {
    // Bundled when the dev server starts, not when the search first needs it (which reloads the page).
    optimizeDeps: { include: ['minisearch'] },
    plugins: [
      pageDataGuard(),
      emptyOutDir(OUT_DIR),
      devLoop({ data: DATA, docsDir: DOCS, siteUrl: SITE_URL, configFile: fileURLToPath(import.meta.url) }),
    ],
    resolve: {
      // The default theme fills these in the browser from the rendered page; ours render the
      // outline in the static HTML (VitePress's documented way to override theme components).
      alias: [
        { find: /^.*\/VPDocAsideOutline\.vue$/, replacement: themeFile('components/AsideOutline.vue') },
        { find: /^.*\/VPLocalNav\.vue$/, replacement: themeFile('components/LocalNav.vue') },
      ],
    },
  },
})

function themeFile(path: string): string {
  return fileURLToPath(new URL(`./theme/${path}`, import.meta.url))
}

function readSidebar(): Record<string, SidebarItem[]> {
  const file = join(DERIVED, SIDEBAR_FILE)
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run generate first (npm run build and npm run dev do)`)
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, SidebarItem[]>
}
