import { defineLoader } from 'vitepress'
import { loadCatalogue } from '../../../scripts/catalogue/load.ts'
import { searchRecords, type SearchRecord } from '../../../scripts/render/search-records.ts'
import { CATALOGUE_FILE } from '../../../scripts/site.ts'

declare const data: SearchRecord[]
export { data }

/** The home page's search data, built from the catalogue at build time and shipped with that page only. */
export default defineLoader({
  watch: ['../../../data/status-codes.json'],
  load: (): SearchRecord[] => searchRecords(loadCatalogue(process.env.CATALOGUE ?? CATALOGUE_FILE)),
})
