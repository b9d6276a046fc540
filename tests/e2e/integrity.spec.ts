import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { HtmlValidate, type ConfigData } from 'html-validate'
import { test, expect, sitemapUrls } from './fixtures.ts'
import { htmlFiles } from '../../deploy/csp-hashes.ts'

const OUT_DIR = process.env.OUT_DIR ?? 'dist'

/**
 * Why each rule of html-validate's recommended preset is off in .htmlvalidate.json (JSON has no
 * comments, and html-validate rejects unknown keys). Every rule turned off there must be listed
 * here, and the test prints these reasons.
 */
const WHY_OFF: Record<string, string> = {
  'no-trailing-whitespace': "VitePress's page template indents blank lines in <head> and after #app, and Shiki keeps a code line's spaces inside <pre>.",
  'attribute-misuse': 'VitePress links its stylesheets as <link rel="preload stylesheet" as="style">; the rule wants rel to be exactly preload for "as".',
  'text-content': "VitePress's buttons are named by title or in the browser: the code blocks' copy button (title only) and the appearance switch (its title is empty in the static HTML; theme/islands/appearance.ts sets it). axe checks the names in the browser in a11y.spec.ts.",
  'no-implicit-button-type': "VitePress's theme buttons (local nav, outline toggle, code copy) have no type attribute; none of them is inside a form.",
  'no-inline-style': 'Shiki colours every token with --shiki-light/--shiki-dark inline, VitePress sets --vp-vh and position inline, and Vue renders v-show as style="" or display:none.',
  'no-dup-class': 'VitePress sidebar links render class="VPLink link link".',
  'prefer-native-element': 'VitePress sidebar groups toggle with <div class="caret" role="button" tabindex="0">.',
}
/** Rules kept on with options, and why. */
const WHY_CONFIGURED: Record<string, string> = {
  'valid-id':
    'relaxed: HTML allows any ID without whitespace. /codes has the stable anchors #1xx to #5xx; the strict default wants a leading letter and no colon.',
}

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData & { rules: Record<string, unknown> }

test.describe('valid HTML', () => {
  test('.htmlvalidate.json extends the recommended preset and every rule it changes has a reason', () => {
    expect(config.extends).toEqual(['html-validate:recommended'])
    const off = Object.entries(config.rules).filter(([, value]) => value === 'off' || (Array.isArray(value) && value[0] === 'off'))
    const configured = Object.entries(config.rules).filter(([, value]) => Array.isArray(value) && value[0] !== 'off')
    expect(off.map(([rule]) => rule).sort()).toEqual(Object.keys(WHY_OFF).sort())
    expect(configured.map(([rule]) => rule).sort()).toEqual(Object.keys(WHY_CONFIGURED).sort())
    for (const [rule, reason] of Object.entries({ ...WHY_OFF, ...WHY_CONFIGURED })) {
      test.info().annotations.push({ type: `html-validate ${rule}`, description: reason })
      console.log(`html-validate ${rule}: ${reason}`)
    }
  })

  const files = htmlFiles(OUT_DIR)
  test('the build has an HTML file for every sitemap URL', () => {
    const built = new Set(files.map((file) => `/${relative(OUT_DIR, file).replace(/\.html$/, '').replace(/(^|\/)index$/, '')}`))
    for (const { path } of sitemapUrls()) expect(built, `no HTML file for ${path}`).toContain(path)
  })

  const validator = new HtmlValidate(config)
  for (const file of files) {
    test(`${relative(OUT_DIR, file)} passes html-validate`, async () => {
      const report = await validator.validateFile(file)
      const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`))
      expect(messages).toEqual([])
    })
  }
})

/** Internal link targets ("/..." hrefs) in a page's HTML, as written. */
function hrefsIn(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="(\/[^"]*)"/g)].map(([, href]) => href!.replace(/&amp;/g, '&'))
}

const NO_GZIP = { 'accept-encoding': 'identity' }
const pages = [...sitemapUrls().map(({ path }) => ({ path, status: 200 })), { path: '/999999', status: 404 }]
const sitemapPaths = new Set(sitemapUrls().map(({ path }) => path))

test.describe('links', () => {
  test.describe.configure({ timeout: 300_000 })
  test('every internal link in every page answers 200, and its #fragment exists there', async ({ request }) => {
    const fetched = new Map<string, Promise<{ status: number; html: string }>>()
    const get = (path: string) => {
      if (!fetched.has(path)) {
        fetched.set(
          path,
          request.get(path, { maxRedirects: 0, headers: NO_GZIP }).then(async (response) => ({ status: response.status(), html: await response.text() })),
        )
      }
      return fetched.get(path)!
    }
    const foundOn = new Map<string, Set<string>>()
    await Promise.all(
      pages.map(async ({ path, status }) => {
        const page = await get(path)
        expect(page.status, path).toBe(status)
        for (const href of hrefsIn(page.html)) foundOn.set(href, (foundOn.get(href) ?? new Set()).add(path))
      }),
    )
    // No orphans: every page of the sitemap is linked from some page.
    const linked = new Set([...foundOn.keys()].map((href) => new URL(href, 'http://site.invalid').pathname))
    expect([...sitemapPaths].filter((path) => !linked.has(path))).toEqual([])
    const broken = await Promise.all(
      [...foundOn].map(async ([href, on]) => {
        const url = new URL(href, 'http://site.invalid')
        if (url.origin !== 'http://site.invalid') return undefined // protocol-relative "//host/...": not ours
        const { status, html } = await get(url.pathname + url.search)
        const where = `(on ${[...on].slice(0, 3).join(', ')}${on.size > 3 ? ` and ${on.size - 3} more` : ''})`
        if (status !== 200) return `${href}: HTTP ${status} ${where}`
        if (url.hash && !html.includes(` id="${decodeURIComponent(url.hash.slice(1))}"`)) return `${href}: no element with that id ${where}`
        return undefined
      }),
    )
    expect(broken.filter(Boolean)).toEqual([])
  })
})

// Each page in the browser (console errors, failed requests, CSP violations, other origins, links
// the client renders): pages.spec.ts.
