import type { SearchRecord } from '../../../scripts/render/search-records'

/** The `count` codes closest in number to `target`, the lower first on a tie. */
export function nearestByNumber(records: readonly SearchRecord[], target: number, count: number): SearchRecord[] {
  return [...records].sort((a, b) => Math.abs(a.c - target) - Math.abs(b.c - target) || a.c - b.c).slice(0, count)
}
