import { el } from './dom'
import { nearestByNumber } from '../../../kernel/search/nearest.ts'
import { codePath } from '../../../kernel/paths.ts'

/**
 * Hosts answer an unknown address with 404.html, which is also the page of the code 404. The
 * script in its head (.vitepress/not-found.ts) has already shown the not-found page on any
 * address but /404; this finishes it: the page is the not-found page for assistive technology
 * too, it has no canonical link, and it points to the codes nearest to the number typed
 * (/4040 and /40 both lead near 404).
 */
export function isUnknownAddress(): boolean {
  return document.documentElement.classList.contains('unknown-address')
}

export async function showNotFoundPage(): Promise<void> {
  const page = document.querySelector<HTMLElement>('.not-found')
  if (!page) return
  page.hidden = false
  page.setAttribute('role', 'main')
  document.querySelector('link[rel="canonical"]')?.remove()
  const nearest = page.querySelector<HTMLElement>('.not-found-nearest')!
  const typed = /^\/(\d+)/.exec(location.pathname)
  if (!typed) return
  const { codes: records } = await import('./search-data')
  const target = Number(typed[1])
  const candidates = [target, Number(String(target).slice(0, 3))].filter((n) => n >= 100 && n <= 999)
  const goal = candidates.find((n) => records.some((r) => r.code === n)) ?? candidates[0] ?? target
  const closest = nearestByNumber(records, goal, 5)
  nearest.querySelector('ul')!.replaceChildren(...closest.map((record) => el('li', {}, el('a', { href: codePath(record.code) }, `${record.code} ${record.name}`))))
  nearest.hidden = false
}
