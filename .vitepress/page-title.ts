import type { PageData, TransformContext } from 'vitepress'
import { escapeHtml } from '../scripts/render/escape.ts'

/**
 * Our frontmatter titles are plain text from the catalogue. VitePress would read a frontmatter
 * title as inline Markdown and drop any HTML in it ("<b>x</b> *y*" becomes "x y"), so the page
 * title is set to the frontmatter title as it is.
 */
export function literalTitle(pageData: PageData): Partial<PageData> | undefined {
  const title = pageData.frontmatter.title
  return typeof title === 'string' ? { title } : undefined
}

/**
 * The static <title>, escaped so that it reads back as the title. VitePress's own escaping leaves
 * entity-like text alone, so a title containing "&lt;" would show "<" to crawlers.
 */
export function withLiteralStaticTitle(html: string, context: TransformContext, siteTitle: string): string {
  const { title, frontmatter } = context.pageData
  if (!title) return html
  const full = frontmatter.titleTemplate === false || title === siteTitle ? title : `${title} | ${siteTitle}`
  return html.replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(full)}</title>`)
}
