import type { Catalogue } from '../catalogue/schema.ts'
import type { CheckerData } from '../../kernel/checker/data.ts'
import { sourceLink } from './sources.ts'
import { GENERATED_MARKER } from './page.ts'

/** What the response checker needs of each code, from the catalogue: edit the catalogue, and the checker follows. */
export function checkerData(catalogue: Catalogue): CheckerData {
  const codes: CheckerData['codes'] = {}
  for (const entry of [...catalogue.codes].sort((a, b) => a.code - b.code)) {
    codes[String(entry.code)] = {
      name: entry.name,
      lifecycle: entry.lifecycle,
      ...(entry.sentBy ? { sentBy: entry.sentBy } : {}),
      body: entry.facts.body,
      cacheable: entry.facts.cacheable,
      headers: entry.headers.map((header) => ({
        name: header.name,
        requirement: header.requirement,
        ...(header.condition ? { condition: header.condition } : {}),
        source: sourceLink(header.source),
      })),
      source: sourceLink(entry.sources[0]!),
    }
  }
  return { codes }
}

/** docs/checker-data.json: the /check page imports it, so it ships as a hashed asset with that page only. */
export const CHECKER_DATA_FILE = 'checker-data.json'

export function renderCheckerDataFile(catalogue: Catalogue): string {
  return `${JSON.stringify({ $comment: GENERATED_MARKER, ...checkerData(catalogue) })}\n`
}
