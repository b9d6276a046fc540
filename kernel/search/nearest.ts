import type { CodeRecord } from './records.ts'

/** The `count` codes closest in number to `target`, the lower first on a tie. */
export function nearestByNumber(records: readonly CodeRecord[], target: number, count: number): CodeRecord[] {
  return [...records].sort((a, b) => Math.abs(a.code - target) - Math.abs(b.code - target) || a.code - b.code).slice(0, count)
}
