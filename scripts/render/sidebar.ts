import type { Catalogue } from '../catalogue/schema.ts'
import { CLASSES, classOf } from '../catalogue/classes.ts'
import { escapeHtml } from './escape.ts'

export interface SidebarGroup {
  text: string
  link: string
  collapsed: boolean
  items: { text: string; link: string }[]
}

/**
 * The sidebar: every code, grouped by class, in numeric order (so prev/next follow it).
 * VitePress renders item text as HTML, hence the escaping; unofficial codes get a marker.
 */
export function sidebarGroups(catalogue: Catalogue): SidebarGroup[] {
  const sorted = [...catalogue.codes].sort((a, b) => a.code - b.code)
  return CLASSES.flatMap((cls) => {
    const entries = sorted.filter((entry) => classOf(entry.code).id === cls.id)
    if (entries.length === 0) return []
    return [
      {
        text: cls.id === 'other' ? cls.name : `${cls.id} ${cls.name}`,
        link: cls.path,
        collapsed: true,
        items: entries.map((entry) => ({
          text:
            `${entry.code} ${escapeHtml(entry.name)}` +
            (entry.lifecycle === 'unofficial' ? ' <span class="sidebar-tag" title="Unofficial: not registered with IANA">unofficial</span>' : ''),
          link: `/${entry.code}`,
        })),
      },
    ]
  })
}
