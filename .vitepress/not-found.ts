import type { TransformContext } from 'vitepress'

/**
 * VitePress builds docs/404.md into 404.html but leaves its #app empty, because that file is
 * also what hosts serve for unknown URLs. Here 404.md is the "404 Not Found" code page, so its
 * rendered content goes back into the static HTML: /404 then works without JavaScript, and the
 * client swaps in the not-found page for URLs that match no page (see theme/index.ts).
 */
export function withStaticNotFoundContent(html: string, _file: string, context: TransformContext): string | undefined {
  if (context.page !== '404.md') return undefined
  return html.replace('<div id="app"></div>', () => `<div id="app">${context.content}</div>`)
}
