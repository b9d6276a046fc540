import { CLASSES, classOf } from '../../../scripts/catalogue/classes'
import type { SearchRecord } from './engine'

export function classLabel(code: number): string {
  const cls = classOf(code)
  return cls.id === 'other' ? cls.name : `${cls.id} ${cls.name}`
}

export function lifecycleBadge(record: SearchRecord): string | undefined {
  return record.l
}

export function classGroups(records: SearchRecord[]): { id: string; label: string; records: SearchRecord[] }[] {
  return CLASSES.map((cls) => ({
    id: cls.id,
    label: cls.id === 'other' ? cls.name : `${cls.id} ${cls.name}`,
    records: records.filter((record) => classOf(record.c).id === cls.id),
  })).filter((group) => group.records.length > 0)
}
