import { escapeHtml } from './escape.ts'
import { paragraphs, parseInline, type Inline } from '../catalogue/prose.ts'

/**
 * Catalogue text goes into pages as raw HTML blocks marked `v-pre`: markdown-it passes the block
 * through untouched and Vue skips compiling it, so text can never become Markdown, HTML or
 * template syntax. A block must stay on one line: a blank line would end it early.
 */
function inlineHtml(part: Inline): string {
  const text = escapeHtml(part.text)
  switch (part.kind) {
    case 'text':
      return text
    case 'code':
      return `<code>${text}</code>`
    case 'link':
      return part.code !== undefined
        ? `<a href="${escapeHtml(part.href)}">${text}</a>`
        : `<a href="${escapeHtml(part.href)}" rel="noreferrer">${text}</a>`
  }
}

/** Each paragraph's inner HTML, for callers that wrap them in a block of their own. */
export function proseParagraphsHtml(text: string): string[] {
  return paragraphs(text).map((p) => parseInline(p).map(inlineHtml).join(''))
}

export function proseToHtml(text: string): string {
  return proseParagraphsHtml(text)
    .map((p) => `<p v-pre>${p}</p>`)
    .join('\n\n')
}

export function inlineProseHtml(text: string): string {
  return proseParagraphsHtml(text).join(' ')
}

export function element(tag: string, attrs: Record<string, string | undefined>, innerHtml: string): string {
  const rendered = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => (value === '' ? ` ${key}` : ` ${key}="${escapeHtml(value!)}"`))
    .join('')
  return `<${tag}${rendered}>${innerHtml}</${tag}>`
}
