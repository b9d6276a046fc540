import type { PageData } from 'vitepress'

/**
 * The page title, from the frontmatter title as it stands. VitePress would otherwise read a
 * frontmatter title as inline Markdown and drop any HTML in it ("<b>x</b> *y*" becomes "x y").
 *
 * VitePress escapes the title for the static <title>, but its escaper leaves anything that looks
 * like an entity alone, so a title with the text "&lt;" would reach crawlers as "<". Writing every
 * "&" as "&amp;" first makes the escaped result read back as the title.
 */
export function literalTitle(pageData: PageData): Partial<PageData> | undefined {
  const title = pageData.frontmatter.title
  return typeof title === 'string' ? { title: title.replace(/&/g, '&amp;') } : undefined
}
