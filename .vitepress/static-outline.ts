/**
 * "On this page" in the static HTML. The default theme fills the outline from the rendered
 * headings in the browser, so a static page carries an empty list; filling it at build time
 * keeps it working without JavaScript and spares the page a second layout once it has loaded.
 * Our pages' second-level headings are plain text (the generator's section titles), already
 * escaped in the HTML, so their text is copied as it stands.
 */
const HEADING = /<h2 id="([^"]+)" tabindex="-1">([^<]*?)\s*<a class="header-anchor"/g
const EMPTY_LIST = /<ul class="VPDocOutlineItem root"((?: data-v-\w+)*)><!--\[--><!--\]--><\/ul>/
const OUTLINE_NAV = '<nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline"'

export function withStaticOutline(html: string): string {
  const list = EMPTY_LIST.exec(html)
  const content = html.indexOf('class="vp-doc')
  if (!list || content < 0) return html
  const scope = list[1]!
  const items = [...html.slice(content).matchAll(HEADING)].map(
    ([, id, text]) => `<li${scope}><a class="outline-link" href="#${id}" title="${text!.trim()}"${scope}>${text!.trim()}</a></li>`,
  )
  if (items.length === 0) return html
  return html
    .replace(EMPTY_LIST, () => `<ul class="VPDocOutlineItem root"${scope}>${items.join('')}</ul>`)
    .replace(OUTLINE_NAV, () => `${OUTLINE_NAV.slice(0, -1)} has-outline"`)
}
