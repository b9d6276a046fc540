import { defineLoader } from 'vitepress'
import { loadCatalogue } from '../scripts/catalogue/load.ts'
import { CATALOGUE_FILE } from '../scripts/site.ts'

export interface CodeSummary {
  code: number
  name: string
}

declare const data: CodeSummary[]
export { data }

/** Just code and name of every code: small enough for the not-found page's suggestions. */
export default defineLoader({
  watch: ['../data/status-codes.json'],
  load(): CodeSummary[] {
    const catalogue = loadCatalogue(process.env.CATALOGUE ?? CATALOGUE_FILE)
    return [...catalogue.codes].sort((a, b) => a.code - b.code).map(({ code, name }) => ({ code, name }))
  },
})
