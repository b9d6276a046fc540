// Refreshes data/iana-registry.json from IANA's CSV export of the HTTP Status Code Registry.
//   curl -O https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv
//   npx tsx scripts/registry/refresh.ts http-status-codes-1.csv
// Then run `npm run test:unit`: the registry test lists every catalogue entry that now disagrees.
// Former names and lifecycle are kept from the previous snapshot; a renamed code keeps its old
// name as a former name, so the catalogue must keep it as an alias.
import { readFileSync, writeFileSync } from 'node:fs'
import { parseCsv } from '../lib/csv.ts'
import { SNAPSHOT_FILE, readSnapshot, type RegistryRow } from './snapshot.ts'

function parseReference(text: string): RegistryRow['reference'] {
  const rfc = /RFC(\d+)(?:,\s*Section\s*([\d.]+))?/i.exec(text)
  if (rfc) return rfc[2] ? { rfc: Number(rfc[1]), section: rfc[2] } : { rfc: Number(rfc[1]) }
  const draft = /(draft-[a-z0-9-]+?)(?:-(\d\d))?\b/.exec(text)
  if (!draft) return { draft: text.trim() }
  return draft[2] ? { draft: draft[1]!, version: draft[2] } : { draft: draft[1]! }
}

const file = process.argv[2]
if (!file) {
  console.error('usage: npx tsx scripts/registry/refresh.ts <http-status-codes-1.csv>')
  process.exit(2)
}
const previous = new Map(readSnapshot().codes.map((row) => [row.code, row]))
const rows: RegistryRow[] = []
for (const [value, description, reference] of parseCsv(readFileSync(file, 'utf8'), { lineEnd: 'any' }).slice(1)) {
  if (!value || !/^\d{3}$/.test(value) || !description || /^Unassigned$/i.test(description)) continue
  const code = Number(value)
  const old = previous.get(code)
  const temporary = /\(TEMPORARY.*expires (\d{4}-\d{2}-\d{2})\)/i.exec(description)
  const name = description.replace(/\s*\((TEMPORARY|OBSOLETED)[^)]*\)\s*$/i, '').trim()
  const formerNames = [...new Set([...(old?.formerNames ?? []), ...(old && old.name !== name ? [old.name] : [])])]
  const lifecycle: RegistryRow['lifecycle'] = temporary ? 'temporary' : /OBSOLETED/i.test(description) ? 'obsolete' : name === '(Unused)' ? 'unused' : (old?.lifecycle ?? 'standard')
  rows.push({
    code,
    name,
    reference: parseReference(reference ?? ''),
    lifecycle,
    ...(formerNames.length ? { formerNames } : {}),
    ...(temporary ? { expires: temporary[1] } : {}),
  })
}
const snapshot = { ...readSnapshot(), retrieved: new Date().toISOString().slice(0, 10), codes: rows }
writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(snapshot, null, 2)}\n`)
console.log(`${SNAPSHOT_FILE}: ${rows.length} registered codes`)
