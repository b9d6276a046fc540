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

/**
 * The one inline script of 404.html, in its head: before anything is drawn, on any address but
 * /404 it marks the page as the not-found page (theme/not-found.css shows that and hides the 404
 * code page), names the tab, and writes the address into the page as its text is parsed. It runs
 * before the first paint, so the wrong page never flashes. Its hash is in the
 * Content-Security-Policy (docs/public/_headers, deploy/nginx.conf).
 */
export function unknownAddressScript(siteTitle: string): string {
  return [
    '(function(){',
    "if(/^\\/404(\\.html|\\/)?$/.test(location.pathname))return;",
    "var d=document.documentElement;d.classList.add('unknown-address');",
    `document.title=${JSON.stringify(`No page at this address | ${siteTitle}`)};`,
    'var p=location.pathname;try{p=decodeURIComponent(p)}catch(e){}',
    "new MutationObserver(function(_,o){var c=document.getElementById('not-found-path');if(c){c.textContent=p;o.disconnect()}}).observe(d,{childList:true,subtree:true})",
    '})()',
  ].join('')
}
