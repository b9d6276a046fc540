import type { TransformContext } from 'vitepress'

const EMPTY_APP = '<div id="app"></div>'

/**
 * VitePress builds docs/404.md into 404.html but leaves its #app empty, because that file is
 * also what hosts serve for unknown URLs, and it offers no hook for that page's content. Here
 * 404.md is the "404 Not Found" code page, so its rendered content goes back into the static HTML.
 * When VitePress changes how it writes that page, the build fails here rather than shipping an
 * empty /404.
 */
export function withStaticNotFoundContent(html: string, context: TransformContext): string {
  if (context.page !== '404.md') return html
  if (!html.includes(EMPTY_APP)) throw new Error(`not-found.ts: 404.html has no ${EMPTY_APP} to fill; VitePress changed how it writes the 404 page`)
  return html.replace(EMPTY_APP, () => `<div id="app">${context.content}</div>`)
}
