/** Reading the two places the deploy headers are written: docs/public/_headers and deploy/nginx.conf. */

export type Headers = Record<string, string>

/**
 * A Netlify / Cloudflare Pages `_headers` file: unindented lines are URL patterns, indented
 * `Name: value` lines below one are its headers, `#` starts a comment.
 */
export function parseHeadersFile(text: string): Record<string, Headers> {
  const rules: Record<string, Headers> = {}
  let current: Headers | undefined
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] ??= {}
      continue
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line)
    if (!current || !match) throw new Error(`_headers line ${index + 1} is neither a URL pattern nor an indented "Name: value": ${line}`)
    current[match[1]!] = match[2]!
  }
  return rules
}

/** The `add_header Name "value" [always];` directives of an nginx configuration, variables left as written. */
export function parseNginxAddHeaders(text: string): Headers {
  const headers: Headers = {}
  for (const [, name, quoted, bare] of text.matchAll(/^\s*add_header\s+([A-Za-z0-9-]+)\s+(?:"([^"]*)"|(\S+))(?:\s+always)?\s*;/gm)) {
    headers[name!] = quoted ?? bare!
  }
  return headers
}

/** The sources a directive of a Content-Security-Policy allows (`script-src` -> ['self', ...]), or undefined. */
export function cspDirective(policy: string, name: string): string[] | undefined {
  for (const directive of policy.split(';')) {
    const [directiveName, ...sources] = directive.trim().split(/\s+/)
    if (directiveName?.toLowerCase() === name) return sources
  }
  return undefined
}

/** The `'sha256-…'` sources of a policy's script-src, without quotes and prefix. */
export function scriptHashesOf(policy: string): string[] {
  return (cspDirective(policy, 'script-src') ?? []).flatMap((source) => /^'sha256-([A-Za-z0-9+/=]+)'$/.exec(source)?.[1] ?? [])
}
