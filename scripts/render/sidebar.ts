import type { Catalogue } from '../catalogue/schema.ts'
import { CLASSES, classLabel, classOf } from '../../kernel/classes.ts'
import { escapeHtml } from './escape.ts'
import { codePath } from '../../kernel/paths.ts'

interface SidebarGroup {
  text: string
  link: string
  collapsed: boolean
  items: { text: string; link: string }[]
}

/**
 * Every code, grouped by class, in numeric order. VitePress renders item text as HTML, hence the
 * escaping; unofficial codes get a marker.
 */
function sidebarGroups(catalogue: Catalogue): SidebarGroup[] {
  const sorted = [...catalogue.codes].sort((a, b) => a.code - b.code)
  return CLASSES.flatMap((cls) => {
    const entries = sorted.filter((entry) => classOf(entry.code).id === cls.id)
    if (entries.length === 0) return []
    return [
      {
        text: classLabel(cls),
        link: cls.path,
        collapsed: true,
        items: entries.map((entry) => ({
          text:
            `${entry.code} ${escapeHtml(entry.name)}` +
            (entry.lifecycle === 'unofficial' ? ' <span class="sidebar-tag" title="Unofficial: not registered with IANA">unofficial</span>' : ''),
          link: codePath(entry.code),
        })),
      },
    ]
  })
}

export type SidebarItem = { text: string; link: string; collapsed?: boolean; items?: SidebarItem[] }

/**
 * One sidebar per class, keyed by the path prefix VitePress matches pages against ("/5" for
 * /511 and /5xx): the list of every class, with the codes of the page's own class listed under it.
 * Every page ships its sidebar in its HTML, so a page carries its own class's codes rather than
 * all of them (a fifth of the links). Prev and next follow this list: within a class they step
 * through the codes in numeric order, and at its ends they lead to the neighbouring class pages.
 */
export function sidebarsByClass(catalogue: Catalogue): Record<string, SidebarItem[]> {
  const groups = sidebarGroups(catalogue)
  const listFor = (open: SidebarGroup | undefined): SidebarItem[] => [
    { text: 'All codes', link: '/codes' },
    ...groups.map((group) => (group === open ? { ...group, collapsed: false } : { text: group.text, link: group.link })),
  ]
  const sidebars: Record<string, SidebarItem[]> = {}
  for (const group of groups) {
    const cls = CLASSES.find((c) => c.path === group.link)!
    const prefixes = cls.id === 'other' ? ['/6', '/7', '/8', '/9', cls.path] : [`/${cls.id[0]}`]
    for (const prefix of prefixes) sidebars[prefix] = listFor(group)
  }
  // Keys of the same depth are tried in insertion order, so the catch-all comes last.
  sidebars['/'] = listFor(undefined)
  return sidebars
}
