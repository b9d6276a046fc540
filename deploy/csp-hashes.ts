import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseHeadersFile, scriptHashesOf } from './headers.ts'

/**
 * The inline scripts a browser executes, with their sha256 hash as a Content-Security-Policy
 * source expects it (base64 of the exact text between the tags). JSON-LD and other data blocks
 * (`type="application/ld+json"`) are not executed, so a policy never needs to allow them.
 */

interface InlineScript {
  /** the opening tag's attributes, e.g. ` id="check-dark-mode"` */
  attributes: string
  text: string
  hash: string
}

const EXECUTABLE_TYPES = new Set(['', 'module', 'importmap', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript'])

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64')
}

export function inlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = []
  for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(attributes!)) continue
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1]?.toLowerCase() ?? ''
    if (!EXECUTABLE_TYPES.has(type)) continue
    scripts.push({ attributes: attributes!, text: text!, hash: sha256(text!) })
  }
  return scripts
}

/** Every HTML file under a folder, sorted. */
export function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(folder, file))
    .sort()
}

/** Every distinct inline script of a built site, with the pages that hold it. */
export function builtInlineScripts(outDir: string): { hash: string; attributes: string; pages: string[] }[] {
  const byHash = new Map<string, { hash: string; attributes: string; pages: string[] }>()
  for (const file of htmlFiles(outDir)) {
    for (const script of inlineScripts(readFileSync(file, 'utf8'))) {
      const entry = byHash.get(script.hash) ?? { hash: script.hash, attributes: script.attributes.trim(), pages: [] }
      entry.pages.push(relative(outDir, file))
      byHash.set(script.hash, entry)
    }
  }
  return [...byHash.values()].sort((a, b) => a.hash.localeCompare(b.hash))
}

// `npx tsx deploy/csp-hashes.ts [outDir]`: the hashes a build needs, checked against docs/public/_headers.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'csp-hashes.ts')) {
  const outDir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist'
  const policy = parseHeadersFile(readFileSync('docs/public/_headers', 'utf8'))['/*']?.['Content-Security-Policy'] ?? ''
  const allowed = new Set(scriptHashesOf(policy))
  const scripts = builtInlineScripts(outDir)
  for (const { hash, attributes, pages } of scripts) {
    console.log(`${allowed.has(hash) ? 'allowed' : 'MISSING'}  'sha256-${hash}'  <script ${attributes}> on ${pages.length} page(s)`)
  }
  const missing = scripts.filter((script) => !allowed.has(script.hash))
  if (missing.length) {
    console.log('\nAdd the missing sources to script-src in docs/public/_headers and deploy/nginx.conf.')
    process.exitCode = 1
  }
}
