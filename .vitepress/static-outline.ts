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

interface Heading {
  id: string
  text: string
}

function sectionHeadings(html: string): Heading[] {
  const content = html.indexOf('class="vp-doc')
  if (content < 0) return []
  return [...html.slice(content).matchAll(HEADING)].map(([, id, text]) => ({ id: id!, text: text!.trim() }))
}

const outlineItems = (headings: Heading[], scope: string) =>
  headings.map(({ id, text }) => `<li${scope}><a class="outline-link" href="#${id}" title="${text}"${scope}>${text}</a></li>`).join('')

/** `listScope`: the scope attributes of the aside's list, whose last one styles outline items. */
function withLocalOutline(html: string, headings: Heading[], listScope: string, title: string): string {
  const dropdown = RETURN_TO_TOP.exec(html)
  if (!dropdown) return html
  const [, outerScope, buttonScope, returnLabel] = dropdown
  const d = ` ${ownScope(buttonScope!)}`
  const itemScope = `${d} ${ownScope(listScope)}`
  const markup =
    `<div class="VPLocalNavOutlineDropdown"${outerScope}>` +
    `<button type="button" aria-expanded="false" aria-controls="local-outline"${d}><span class="menu-text"${d}>${title}</span><span class="vpi-chevron-right icon"${d}></span></button>` +
    `<div id="local-outline" class="items" hidden${d}>` +
    `<div class="header"${d}><a class="top-link" href="#"${d}>${returnLabel}</a></div>` +
    `<div class="outline"${d}><ul class="VPDocOutlineItem nested"${itemScope}>${outlineItems(headings, itemScope)}</ul></div>` +
    `</div>`
  return html.replace(RETURN_TO_TOP, () => markup).replace(LOCAL_NAV_EMPTY, '$1"')
}

export function withStaticOutline(html: string): string {
  const list = EMPTY_LIST.exec(html)
  if (!list) return html
  const headings = sectionHeadings(html)
  if (headings.length === 0) return html
  const listScope = list[1]!
  const title = OUTLINE_TITLE.exec(html)?.[1] ?? 'On this page'
  return withLocalOutline(html, headings, listScope, title)
    .replace(EMPTY_LIST, () => `<ul class="VPDocOutlineItem root"${listScope}>${outlineItems(headings, listScope)}</ul>`)
    .replace(OUTLINE_NAV, () => `${OUTLINE_NAV.slice(0, -1)} has-outline"`)
}
