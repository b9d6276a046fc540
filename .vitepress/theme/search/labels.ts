import { CLASSES, classLabel as labelOfClass, classOf } from '../../../scripts/catalogue/classes'
import type { SearchRecord } from './engine'

/** "5xx Server Error" for 511: the label of the class a code belongs to. */
export function classLabel(code: number): string {
  return labelOfClass(classOf(code))
}

export function lifecycleBadge(record: SearchRecord): string | undefined {
  return record.l
}

export function classGroups(records: SearchRecord[]): { id: string; label: string; records: SearchRecord[] }[] {
  return CLASSES.map((cls) => ({
    id: cls.id,
    label: labelOfClass(cls),
    records: records.filter((record) => classOf(record.c).id === cls.id),
  })).filter((group) => group.records.length > 0)
}
