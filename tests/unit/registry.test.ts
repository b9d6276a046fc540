import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../scripts/catalogue/load.ts'
import { readSnapshot } from '../../scripts/registry/snapshot.ts'
import { CATALOGUE_FILE } from '../../scripts/site.ts'

const catalogue = loadCatalogue(CATALOGUE_FILE)
const byCode = new Map(catalogue.codes.map((entry) => [entry.code, entry]))
const registry = readSnapshot()

describe('the catalogue agrees with the IANA registry snapshot', () => {
  it('has every registered code', () => {
    const missing = registry.codes.filter((row) => !byCode.has(row.code)).map((row) => row.code)
    expect(missing).toEqual([])
  })

  for (const row of registry.codes) {
    it(`${row.code}: current name, former names as aliases, lifecycle and defining reference`, () => {
      const entry = byCode.get(row.code)!
      expect(entry.name).toBe(row.name)
      expect(entry.lifecycle).toBe(row.lifecycle)
      if (row.expires) expect(entry.expires).toBe(row.expires)
      expect(entry.aliases).toEqual(expect.arrayContaining(row.formerNames ?? []))
      const first = entry.sources[0]!
      if ('rfc' in row.reference) expect(first).toMatchObject({ type: 'rfc', rfc: row.reference.rfc, section: row.reference.section })
      else expect(first).toMatchObject({ type: 'draft', name: row.reference.draft })
    })
  }

  it('marks every code outside the registry as unofficial', () => {
    const registered = new Set(registry.codes.map((row) => row.code))
    const wrong = catalogue.codes.filter((entry) => !registered.has(entry.code) && entry.lifecycle !== 'unofficial').map((entry) => entry.code)
    expect(wrong).toEqual([])
  })
})
