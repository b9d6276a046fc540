/**
 * "On this page" in the static HTML. The default theme fills the outline from the rendered
 * headings in the browser, so a static page carries an empty list; filling it at build time
 * keeps it working without JavaScript and spares the page a second layout once it has loaded.
 * Below 1280px, where the aside is not shown, the local nav gets the theme's "On this page"
 * drop-down with the same links (islands/menus.ts opens it).
 * Our pages' second-level headings are plain text (the generator's section titles), already
 * escaped in the HTML, so their text is copied as it stands.
 */
const HEADING = /<h2 id="([^"]+)" tabindex="-1">([^<]*?)\s*<a class="header-anchor"/g
const EMPTY_LIST = /<ul class="VPDocOutlineItem root"((?: data-v-\w+)*)><!--\[--><!--\]--><\/ul>/
const OUTLINE_NAV = '<nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline"'
const OUTLINE_TITLE = /<div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading"[^>]*>([^<]+)<\/div>/
const LOCAL_NAV_EMPTY = /(<div class="VPLocalNav[^"]*?) empty"/
/** The theme's drop-down as a page without headings renders it: only "Return to top". */
const RETURN_TO_TOP = /<div class="VPLocalNavOutlineDropdown" style="--vp-vh:0px;"((?: data-v-\w+)*)><button((?: data-v-\w+)*)>([^<]+)<\/button><!---->/

/** The scope attribute of the component that owns the element: the last of its data-v attributes. */
const ownScope = (attributes: string) => attributes.trim().split(' ').at(-1) ?? ''

function outlineItems(html: string, scope: string): string[] {
  const content = html.indexOf('class="vp-doc')
  if (content < 0) return []
  return [...html.slice(content).matchAll(HEADING)].map(
    ([, id, text]) => `<li${scope}><a class="outline-link" href="#${id}" title="${text!.trim()}"${scope}>${text!.trim()}</a></li>`,
  )
}

function localOutline(html: string, title: string): string {
  const dropdown = RETURN_TO_TOP.exec(html)
  const list = EMPTY_LIST.exec(html)
  if (!dropdown || !list) return html
  const [, outerScope, buttonScope, returnLabel] = dropdown
  const d = ` ${ownScope(buttonScope!)}`
  const items = outlineItems(html, `${d} ${ownScope(list[1]!)}`)
  const markup =
    `<div class="VPLocalNavOutlineDropdown"${outerScope}>` +
    `<button type="button" aria-expanded="false" aria-controls="local-outline"${d}><span class="menu-text"${d}>${title}</span><span class="vpi-chevron-right icon"${d}></span></button>` +
    `<div id="local-outline" class="items" hidden${d}>` +
    `<div class="header"${d}><a class="top-link" href="#"${d}>${returnLabel}</a></div>` +
    `<div class="outline"${d}><ul class="VPDocOutlineItem nested"${d} ${ownScope(list[1]!)}>${items.join('')}</ul></div>` +
    `</div>`
  return html.replace(RETURN_TO_TOP, () => markup).replace(LOCAL_NAV_EMPTY, '$1"')
}

export function withStaticOutline(html: string): string {
  const list = EMPTY_LIST.exec(html)
  if (!list) return html
  const items = outlineItems(html, list[1]!)
  if (items.length === 0) return html
  const title = OUTLINE_TITLE.exec(html)?.[1] ?? 'On this page'
  // The drop-down first: it reads the aside's list while that is still empty.
  return localOutline(html, title)
    .replace(EMPTY_LIST, () => `<ul class="VPDocOutlineItem root"${list[1]}>${items.join('')}</ul>`)
    .replace(OUTLINE_NAV, () => `${OUTLINE_NAV.slice(0, -1)} has-outline"`)
}
