import { readFileSync } from 'node:fs'
import type { Lifecycle } from '../catalogue/schema.ts'

export const SNAPSHOT_FILE = 'data/iana-registry.json'

export interface RegistryRow {
  code: number
  /** the description as IANA lists it, without its "(TEMPORARY ...)" or "(OBSOLETED)" suffix */
  name: string
  reference: { rfc: number; section?: string } | { draft: string }
  lifecycle: Exclude<Lifecycle, 'unofficial'>
  formerNames?: string[]
  expires?: string
}

interface RegistrySnapshot {
  source: string
  retrieved: string
  note: string
  codes: RegistryRow[]
}

export function readSnapshot(file = SNAPSHOT_FILE): RegistrySnapshot {
  return JSON.parse(readFileSync(file, 'utf8')) as RegistrySnapshot
}
