import { el } from './dom'
import { nearestByNumber } from '../../../kernel/search/nearest.ts'
import { codePath } from '../../../kernel/paths.ts'

/**
 * Hosts answer an unknown address with 404.html, which is also the page of the code 404. When the
 * address is not /404, this swaps that content for the site's not-found page and points to the
 * codes nearest to the number typed (/4040 and /40 both lead near 404).
 */
export function isUnknownAddress(): boolean {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')
  if (!canonical || new URL(canonical.href).pathname !== '/404') return false
  return !/^\/404(\.html|\/)?$/.test(location.pathname)
}

export async function showNotFoundPage(): Promise<void> {
  const content = document.getElementById('VPContent')
  if (!content) return
  const path = decodeURIComponent(location.pathname)
  document.title = 'No page at this address | httpcodes'
  document.querySelector('link[rel="canonical"]')?.remove()
  document.querySelectorAll('.VPSidebar, .VPLocalNav, .sidebar-backdrop').forEach((node) => node.remove())
  const list = el('ul')
  const nearest = el('div', { class: 'not-found-nearest', hidden: '' }, el('h2', {}, 'Nearest codes'), list)
  const main = el(
    'main',
    { class: 'not-found' },
    el('p', { class: 'not-found-code' }, '404'),
    el('h1', {}, 'No page at this address'),
    el(
      'p',
      {},
      'There is no page at ',
      el('code', {}, path),
      '. Each status code lives at its number, such as ',
      el('a', { href: '/404' }, '/404'),
      ' or ',
      el('a', { href: '/511' }, '/511'),
      '.',
    ),
    nearest,
    el('p', { class: 'not-found-actions' }, el('a', { class: 'not-found-search', href: '/' }, 'Search all status codes'), el('a', { href: '/codes' }, 'Browse the list of every code')),
  )
  content.className = 'VPContent is-not-found'
  content.replaceChildren(main)

  const typed = /^\/(\d+)/.exec(path)
  if (!typed) return
  const { codes: records } = await import('./search-data')
  const target = Number(typed[1])
  const candidates = [target, Number(String(target).slice(0, 3))].filter((n) => n >= 100 && n <= 999)
  const goal = candidates.find((n) => records.some((r) => r.code === n)) ?? candidates[0] ?? target
  const closest = nearestByNumber(records, goal, 5)
  list.replaceChildren(...closest.map((record) => el('li', {}, el('a', { href: codePath(record.code) }, `${record.code} ${record.name}`))))
  nearest.hidden = false
}
