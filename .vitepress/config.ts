import { defineConfig, type HeadConfig } from 'vitepress'
import { loadCatalogue } from '../scripts/catalogue/load.ts'
import { codeHeadTags, pageHeadTags } from '../scripts/render/head.ts'
import { sidebarsByClass } from '../scripts/render/sidebar.ts'
import { CATALOGUE_FILE, SITE_DESCRIPTION, SITE_TITLE, pagePath, siteUrl } from '../scripts/site.ts'
import { withStaticNotFoundContent } from './not-found.ts'
import { literalTitle, withLiteralStaticTitle } from './page-title.ts'
import { pageDataGuard } from './page-data-guard.ts'
import { withStaticOutline } from './static-outline.ts'
import { writeBuildArtifacts } from './build-end.ts'
import { emptyOutDir } from './empty-out-dir.ts'
import { writeServiceWorker } from '../deploy/pwa.ts'

const SITE_URL = siteUrl()
const catalogue = loadCatalogue(process.env.CATALOGUE ?? CATALOGUE_FILE)
const entries = new Map(catalogue.codes.map((entry) => [entry.code, entry]))
// OUT_DIR lets two builds (say, a test build of a hostile catalogue) run side by side.
const OUT_DIR = process.env.OUT_DIR ?? 'dist'

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
    ],
    sidebar: sidebarsByClass(catalogue),
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
    const code = pageData.frontmatter.code
    const entry = typeof code === 'number' ? entries.get(code) : undefined
    if (entry) return codeHeadTags(entry, SITE_URL)
    return pageHeadTags(
      { path: pagePath(pageData.relativePath), description: pageData.frontmatter.description ?? SITE_DESCRIPTION },
      SITE_URL,
    )
  },
  transformPageData: literalTitle,
  transformHtml(html, file, context) {
    const titled = withLiteralStaticTitle(html, context, SITE_TITLE)
    return withStaticOutline(withStaticNotFoundContent(titled, file, context) ?? titled)
  },
  async buildEnd(siteConfig) {
    await writeBuildArtifacts(siteConfig.outDir, catalogue, SITE_URL)
    // Last, so it precaches everything the build wrote.
    await writeServiceWorker(siteConfig.outDir)
  },
  vite: { plugins: [pageDataGuard(), emptyOutDir(OUT_DIR)] },
})
