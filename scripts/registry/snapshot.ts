import { readFileSync } from 'node:fs'
import type { Lifecycle } from '../catalogue/schema.ts'

export const SNAPSHOT_FILE = 'data/iana-registry.json'

export interface RegistryRow {
  code: number
  /** the description IANA lists, without its "(TEMPORARY ...)" or "(OBSOLETED)" suffix */
  name: string
  /** the defining document; a draft with the revision IANA cites */
  reference: { rfc: number; section?: string } | { draft: string; version?: string }
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
