import { CLASSES, classLabel as labelOfClass, classOf } from '../classes.ts'
import { isPastExpiry, temporaryBadge } from '../lifecycle.ts'
import type { CodeRecord } from './records.ts'

/** "5xx Server Error" for 511: the label of the class a code belongs to. */
export function codeClassLabel(code: number): string {
  return labelOfClass(classOf(code))
}

/**
 * The badge a search result shows: the lifecycle, and for a temporary registration whose listed
 * expiry has passed on `today`, that date (what IANA decided since is not known here).
 */
export function lifecycleBadge(record: CodeRecord, today: string): string | undefined {
  if (record.lifecycle === 'temporary' && record.expires) return temporaryBadge(record.expires, isPastExpiry(record.expires, today))
  return record.lifecycle
}

export function classGroups(records: CodeRecord[]): { id: string; label: string; records: CodeRecord[] }[] {
  return CLASSES.map((cls) => ({
    id: cls.id,
    label: labelOfClass(cls),
    records: records.filter((record) => classOf(record.code).id === cls.id),
  })).filter((group) => group.records.length > 0)
}
