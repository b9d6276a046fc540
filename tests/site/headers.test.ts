import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtInlineScripts, inlineScripts } from '../../deploy/csp-hashes.ts'
import { cspDirective, parseHeadersFile, parseNginxAddHeaders, scriptHashesOf } from '../../deploy/headers.ts'
import { OUT_DIR, readBuilt } from './model.ts'

const headersFile = readFileSync('docs/public/_headers', 'utf8')
const securityHeaders = parseHeadersFile(headersFile)['/*'] ?? {}
const policy = securityHeaders['Content-Security-Policy'] ?? ''

describe('the headers files', () => {
  it('list the security headers for every path, and a year of caching for hashed assets', () => {
    expect(Object.keys(securityHeaders).sort()).toEqual(
      ['Content-Security-Policy', 'Cross-Origin-Opener-Policy', 'Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'X-Frame-Options'],
    )
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff')
    expect(securityHeaders['X-Frame-Options']).toBe('DENY')
    expect(securityHeaders['Cross-Origin-Opener-Policy']).toBe('same-origin')
    expect(parseHeadersFile(headersFile)['/assets/*']).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' })
  })

  it('nginx sends the same security headers as _headers', () => {
    const { 'Cache-Control': _cacheControl, ...nginx } = parseNginxAddHeaders(readFileSync('deploy/nginx.conf', 'utf8'))
    expect(nginx).toEqual(securityHeaders)
  })

  it('the build publishes _headers as written', () => {
    expect(readBuilt('_headers')).toBe(headersFile)
  })

  it('_redirects holds no rule Cloudflare Pages rejects and no catch-all that would answer unknown URLs with 200', () => {
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

describe('the Content-Security-Policy', () => {
  it('forbids inline code, eval, plugins, framing and other origins', () => {
    expect(cspDirective(policy, 'default-src')).toEqual(["'self'"])
    expect(cspDirective(policy, 'script-src')?.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"])
    expect(cspDirective(policy, 'object-src')).toEqual(["'none'"])
    expect(cspDirective(policy, 'base-uri')).toEqual(["'self'"])
    expect(cspDirective(policy, 'frame-ancestors')).toEqual(["'none'"])
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('allows every inline script of the built pages by its hash, and no hash that no page uses', () => {
    const allowed = scriptHashesOf(policy)
    const scripts = builtInlineScripts(OUT_DIR)
    const missing = scripts
      .filter((script) => !allowed.includes(script.hash))
      .map((script) => `'sha256-${script.hash}' for <script ${script.attributes}> on ${script.pages.length} pages, such as ${script.pages[0]}`)
    expect(missing, 'add these to script-src in docs/public/_headers and deploy/nginx.conf (`npx tsx deploy/csp-hashes.ts` lists them)').toEqual([])
    const unused = allowed.filter((hash) => !scripts.some((script) => script.hash === hash))
    expect(unused, 'no page holds these scripts any more: remove them from script-src').toEqual([])
  })

  it('needs no hash for the page scripts, which load from hashed files', () => {
    for (const page of ['511.html', 'index.html']) {
      const html = readBuilt(page)
      // VitePress's two head scripts (colour scheme, Mac keyboard) are all that is inline.
      expect(inlineScripts(html).map((script) => script.attributes.trim()), page).toEqual(['id="check-dark-mode"', 'id="check-mac-os"'])
      expect(html, page).toMatch(/<script type="module" src="\/assets\/client-[\w-]+\.js">/)
    }
  })
})
