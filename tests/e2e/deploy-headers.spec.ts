import { readFileSync } from 'node:fs'
import { test, expect, searchFromNavBar } from './fixtures.ts'
import { builtInlineScripts, inlineScripts } from '../../deploy/csp-hashes.ts'
import { cspDirective, parseHeadersFile, parseNginxAddHeaders, scriptHashesOf } from '../../deploy/headers.ts'
import { deploySecurityHeaders as securityHeaders, watchCspViolations, withDeployHeaders } from './csp.ts'

const OUT_DIR = process.env.OUT_DIR ?? 'dist'
const headersFile = readFileSync('docs/public/_headers', 'utf8')
const policy = securityHeaders['Content-Security-Policy'] ?? ''

test.describe('the headers files', () => {
  test('list the security headers for every path, and a year of caching for hashed assets', () => {
    expect(Object.keys(securityHeaders).sort()).toEqual(
      ['Content-Security-Policy', 'Cross-Origin-Opener-Policy', 'Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'X-Frame-Options'],
    )
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff')
    expect(securityHeaders['X-Frame-Options']).toBe('DENY')
    expect(securityHeaders['Cross-Origin-Opener-Policy']).toBe('same-origin')
    expect(parseHeadersFile(headersFile)['/assets/*']).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' })
  })

  test('nginx sends the same security headers as _headers', () => {
    const { 'Cache-Control': _cacheControl, ...nginx } = parseNginxAddHeaders(readFileSync('deploy/nginx.conf', 'utf8'))
    expect(nginx).toEqual(securityHeaders)
  })

  test('the build publishes _headers as written', () => {
    expect(readFileSync(`${OUT_DIR}/_headers`, 'utf8')).toBe(headersFile)
  })

  test('_redirects holds no rule Cloudflare Pages rejects and no catch-all that would answer unknown URLs with 200', () => {
    const rules = readFileSync('docs/public/_redirects', 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.trim().startsWith('#'))
      .map((line) => line.trim().split(/\s+/))
    for (const [from, to, status = '302'] of rules) {
      expect(['301', '302', '303', '307', '308'], `${from} ${to} ${status}`).toContain(status)
      expect(from, 'a splat rule would shadow the real 404').not.toContain('*')
    }
  })
})

test.describe('the Content-Security-Policy', () => {
  test('forbids inline code, eval, plugins, framing and other origins', () => {
    expect(cspDirective(policy, 'default-src')).toEqual(["'self'"])
    expect(cspDirective(policy, 'script-src')?.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"])
    expect(cspDirective(policy, 'object-src')).toEqual(["'none'"])
    expect(cspDirective(policy, 'base-uri')).toEqual(["'self'"])
    expect(cspDirective(policy, 'frame-ancestors')).toEqual(["'none'"])
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  test('allows every inline script of the built pages by its hash, and no hash that no page uses', () => {
    const allowed = scriptHashesOf(policy)
    const scripts = builtInlineScripts(OUT_DIR)
    const missing = scripts
      .filter((script) => !allowed.includes(script.hash))
      .map((script) => `'sha256-${script.hash}' for <script ${script.attributes}> on ${script.pages.length} pages, such as ${script.pages[0]}`)
    expect(missing, 'add these to script-src in docs/public/_headers and deploy/nginx.conf (`npx tsx deploy/csp-hashes.ts` lists them)').toEqual([])
    const unused = allowed.filter((hash) => !scripts.some((script) => script.hash === hash))
    expect(unused, 'no page holds these scripts any more: remove them from script-src').toEqual([])
  })

  test('needs no hash for the page scripts, which load from hashed files', () => {
    for (const page of ['511.html', 'index.html', '404.html']) {
      const html = readFileSync(`${OUT_DIR}/${page}`, 'utf8')
      // VitePress's two head scripts (colour scheme, Mac keyboard) are all that is inline.
      expect(inlineScripts(html).map((script) => script.attributes.trim()), page).toEqual(['id="check-dark-mode"', 'id="check-mac-os"'])
      expect(html, page).toMatch(/<script type="module" src="\/assets\/client-[\w-]+\.js">/)
    }
  })
})

test.describe('in the browser, under the deploy headers', () => {
  // Each test starts from the network, where the headers are added; the service worker is tested elsewhere.
  test.use({ serviceWorkers: 'block' })

  test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
    await withDeployHeaders(page, '/511')
    const violations = await watchCspViolations(page)
    await page.goto('/511')
    await page.addScriptTag({ content: 'window.injected = true' }).catch(() => undefined)
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined()
    expect(await violations.list()).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)])
  })

  // Every page under these headers: the 'whole pages' tests in integrity.spec.ts.

  test('the home search, the nav bar search and page navigation run with no CSP violation', async ({ page, problems }) => {
    const violations = await watchCspViolations(page)
    await withDeployHeaders(page, '/')
    await page.goto('/?q=rate+limit')
    await expect(page.getByRole('listbox', { name: 'Matching status codes' }).getByRole('option').first()).toContainText('429')
    const first = await searchFromNavBar(page, 'Network Authentication Required')
    await expect(first).toContainText('511')
    await first.click()
    await expect(page.locator('h1')).toHaveText(/^511 /)
    await page.waitForLoadState('networkidle')
    expect(await violations.list()).toEqual([])
    expect(problems.list()).toEqual([])
  })
})
