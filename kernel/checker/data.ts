import type { Lifecycle } from '../lifecycle.ts'
import type { SourceLink } from '../sources.ts'

/**
 * What the checker knows of each code, derived from the catalogue (scripts/render/checker-data.ts):
 * a catalogue edit changes the checker too.
 */
export interface CheckerCode {
  name: string
  lifecycle: Lifecycle
  sentBy?: string
  body: 'allowed' | 'none'
  cacheable: 'by-default' | 'explicit-only' | 'never'
  /** the header fields that go with the code, and how strongly */
  headers: { name: string; requirement: 'must' | 'should' | 'may'; condition?: string; source: SourceLink }[]
  /** where the code is defined */
  source: SourceLink
}

export interface CheckerData {
  $comment?: string
  codes: Record<string, CheckerCode>
}
