/**
 * The catalogue's prose markup, and nothing more:
 *   `literal code`        -> <code>
 *   [text](/404)          -> link to another code page
 *   [text](https://...)   -> link to an outside source
 * Paragraphs are separated by a blank line. Every other character is literal text,
 * so catalogue prose can never smuggle in HTML, Markdown or Vue template syntax.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string; code?: number }

const TOKEN = /`([^`\n]+)`|\[([^\]\n]+)\]\(([^)\s]+)\)/g
const INTERNAL_CODE = /^\/(\d{3})$/
const EXTERNAL = /^https:\/\/[^\s]+$/

export function paragraphs(text: string): string[] {
  // Markdown reads a lone "\r" as a line break too, so "\r\r" would be a blank line.
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0)
}

export function parseInline(paragraph: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const match of paragraph.matchAll(TOKEN)) {
    const [whole, code, linkText, href] = match
    const link = href === undefined ? undefined : classifyHref(href)
    if (code === undefined && link === undefined) continue // not one of ours: keep as literal text
    if (match.index > last) out.push({ kind: 'text', text: paragraph.slice(last, match.index) })
    if (code !== undefined) out.push({ kind: 'code', text: code })
    else out.push({ kind: 'link', text: linkText!, ...link! })
    last = match.index + whole.length
  }
  if (last < paragraph.length) out.push({ kind: 'text', text: paragraph.slice(last) })
  return mergeText(out)
}

function classifyHref(href: string): { href: string; code?: number } | undefined {
  const internal = INTERNAL_CODE.exec(href)
  if (internal) return { href, code: Number(internal[1]) }
  if (EXTERNAL.test(href)) return { href }
  return undefined
}

function mergeText(parts: Inline[]): Inline[] {
  const merged: Inline[] = []
  for (const part of parts) {
    const prev = merged.at(-1)
    if (part.kind === 'text' && prev?.kind === 'text') prev.text += part.text
    else merged.push(part)
  }
  return merged
}

/** Codes that a piece of prose links to, in order of appearance. */
export function linkedCodes(text: string): number[] {
  return paragraphs(text)
    .flatMap(parseInline)
    .flatMap((part) => (part.kind === 'link' && part.code !== undefined ? [part.code] : []))
}

/** The prose as plain text, markup removed: for descriptions, search and JSON-LD. */
export function plainText(text: string): string {
  return paragraphs(text)
    .map((p) => parseInline(p).map((part) => part.text).join(''))
    .join(' ')
}
