import type { Entry } from '../catalogue/schema.ts'
import { classLabel, classOf, type CodeClass } from '../../kernel/classes.ts'
import { SITE_TITLE } from '../site.ts'
import { lifecycleLabel } from './describe.ts'

/**
 * Link-preview images (Open Graph, Twitter cards): an SVG built as a string, then rasterised with
 * resvg. The SVG is pure and deterministic; only renderPng touches the native renderer.
 */

export const OG_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const

export function ogImagePath(code: number | 'site'): string {
  return `/og/${code}.png`
}

/** What the code image shows, in words: its alt text. */
export function codeImageAlt(page: { code: number; title: string }): string {
  return `${page.title}: ${classLabel(classOf(page.code))}`
}

export const SITE_IMAGE_ALT = `${SITE_TITLE}: every HTTP status code, explained`

/**
 * Text for XML content and attributes. Characters that XML 1.0 forbids even as references
 * (most C0 controls, lone surrogates, U+FFFE/FFFF) are dropped, so no catalogue text can make
 * the SVG unparseable; the five markup characters become entities.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const FONT = 'sans-serif'
const INK = '#1b1b1f'
const MUTED = '#67676c'
const BRAND = '#3451b2'
const ACCENT: Record<CodeClass['id'], string> = {
  '1xx': '#5c6bc0',
  '2xx': '#18794e',
  '3xx': '#3451b2',
  '4xx': '#b45309',
  '5xx': '#b8272c',
  other: '#6b21a8',
}

const MARGIN = 80
const TEXT_WIDTH = OG_IMAGE.width - 2 * MARGIN

/**
 * Approximate advance width of a character in ems for a Helvetica-like sans-serif
 * (Liberation Sans, Arial, DejaVu Sans are within about 10% of it). Used only to wrap lines.
 */
function charWidth(char: string): number {
  if (/[ijlI.,:;'|!()[\]`]/.test(char)) return 0.28
  if (/[frt\-" ]/.test(char)) return 0.36
  if (/[mwMW@%]/.test(char)) return 0.86
  if (/[A-Z]/.test(char)) return 0.68
  if (/[0-9a-z]/.test(char)) return 0.56
  return 0.7
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const char of text) em += charWidth(char)
  return em * fontSize
}

/** Bold glyphs run about 8% wider than regular ones: bold text wraps as if the line were that much shorter. */
const BOLD = 1.08

/** Greedy word wrap; a word too long for a line is cut. Returns every line, however many. */
function wrap(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    line = word
    while (textWidth(line, fontSize) > width) {
      const chars = [...line]
      let cut = chars.length - 1
      while (cut > 1 && textWidth(chars.slice(0, cut).join(''), fontSize) > width) cut--
      lines.push(chars.slice(0, cut).join(''))
      line = chars.slice(cut).join('')
    }
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Fits text into at most `maxLines` lines: one line at any of the sizes (largest first) before two,
 * and so on; an ellipsis ends the last line only when nothing fits.
 */
export function fitText(text: string, sizes: readonly number[], maxLines: number, width = TEXT_WIDTH): { fontSize: number; lines: string[] } {
  const clean = text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim()
  for (let lineCount = 1; lineCount <= maxLines; lineCount++) {
    for (const fontSize of sizes) {
      const lines = wrap(clean, fontSize, width)
      if (lines.length <= lineCount) return { fontSize, lines }
    }
  }
  const fontSize = sizes.at(-1)!
  const lines = wrap(clean, fontSize, width).slice(0, maxLines)
  let last = lines[maxLines - 1]!
  while (last.length > 0 && textWidth(`${last}…`, fontSize) > width) last = [...last].slice(0, -1).join('')
  lines[maxLines - 1] = `${last.trimEnd()}…`
  return { fontSize, lines }
}

function textBlock(lines: string[], x: number, firstBaseline: number, fontSize: number, attrs: string): string {
  const lineHeight = Math.round(fontSize * 1.18)
  return lines
    .map((line, i) => `<text x="${x}" y="${firstBaseline + i * lineHeight}" font-family="${FONT}" font-size="${fontSize}" ${attrs}>${escapeXml(line)}</text>`)
    .join('')
}

function frame(accent: string, body: string): string {
  const { width, height } = OG_IMAGE
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<rect width="${width}" height="20" fill="${accent}"/>` +
    body +
    `<text x="${MARGIN}" y="${height - 60}" font-family="${FONT}" font-size="34" font-weight="700" fill="${BRAND}">${escapeXml(SITE_TITLE)}</text>` +
    `</svg>`
  )
}

/** The preview image of one code: the number, its name (up to two lines) and its class. */
export function codeImageSvg(entry: Pick<Entry, 'code' | 'name' | 'lifecycle' | 'expires'>): string {
  const cls = classOf(entry.code)
  const accent = ACCENT[cls.id]
  const name = fitText(entry.name, [68, 60, 52], 2, TEXT_WIDTH / BOLD)
  const nameTop = 330
  const nameBottom = nameTop + (name.lines.length - 1) * Math.round(name.fontSize * 1.18)
  const status = entry.lifecycle === 'standard' ? classLabel(cls) : `${classLabel(cls)} · ${lifecycleLabel(entry)}`
  return frame(
    accent,
    `<text x="${MARGIN - 8}" y="235" font-family="${FONT}" font-size="200" font-weight="700" fill="${accent}">${entry.code}</text>` +
      textBlock(name.lines, MARGIN, nameTop, name.fontSize, `font-weight="700" fill="${INK}"`) +
      textBlock(fitText(status, [36], 1).lines, MARGIN, nameBottom + 70, 36, `fill="${MUTED}"`),
  )
}

/** The preview image of every page that is not a code page. */
export function siteImageSvg(): string {
  const digits = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const
  const chips = digits
    .map((id, i) => {
      const x = MARGIN + i * 200
      return `<rect x="${x}" y="120" width="176" height="96" rx="16" fill="${ACCENT[id]}"/><text x="${x + 88}" y="186" text-anchor="middle" font-family="${FONT}" font-size="52" font-weight="700" fill="#ffffff">${id}</text>`
    })
    .join('')
  return frame(
    BRAND,
    chips +
      textBlock(['Every HTTP status code,', 'explained'], MARGIN, 340, 72, `font-weight="700" fill="${INK}"`) +
      textBlock(['Meaning, when to send it, a real example, what to use instead, and the spec.'], MARGIN, 500, 30, `fill="${MUTED}"`),
  )
}

/** resvg options: system fonts (Liberation or DejaVu on Debian) resolve the generic sans-serif family. */
export const RESVG_OPTIONS = { font: { loadSystemFonts: true }, fitTo: { mode: 'original' }, logLevel: 'off' } as const

/** Rasterises an SVG to PNG with resvg, off the main thread. Loaded on first use: page rendering never needs it. */
export async function renderPng(svg: string): Promise<Buffer> {
  const { renderAsync } = await import('@resvg/resvg-js')
  return (await renderAsync(svg, RESVG_OPTIONS)).asPng()
}
