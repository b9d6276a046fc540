import { copyScopeAttributes, el } from './dom'

/**
 * "On this page": VitePress fills the outline from the rendered headings in the browser, so the
 * static page carries an empty list. This fills it from the page's second-level headings.
 */
export function installOutline(): void {
  const nav = document.querySelector('.VPDocAsideOutline')
  const list = nav?.querySelector('ul.VPDocOutlineItem')
  if (!nav || !list) return
  const headings = [...document.querySelectorAll<HTMLElement>('.vp-doc h2[id]')]
  if (headings.length === 0) return
  for (const heading of headings) {
    const copy = heading.cloneNode(true) as HTMLElement
    copy.querySelectorAll('.header-anchor').forEach((anchor) => anchor.remove())
    const link = el('a', { class: 'outline-link', href: `#${heading.id}` }, (copy.textContent ?? '').trim())
    const item = el('li', {}, link)
    copyScopeAttributes(list, link)
    copyScopeAttributes(list, item)
    list.append(item)
  }
  nav.classList.add('has-outline')
}
