import type { Catalogue } from '../catalogue/schema.ts'
import { relatedFromIndex, renderCodePage } from './page.ts'
import { codePath, pageFile } from '../../kernel/paths.ts'
import { CODES_PAGE_FILE, renderCodesPage } from './codes-page.ts'
import { renderClassPages } from './class-pages.ts'
import { SEARCH_RECORDS_FILE, renderSearchRecordsFile } from './search-records.ts'
import { CHECKER_DATA_FILE, renderCheckerDataFile } from './checker-data.ts'
import { renderGuidePages } from './guide-pages.ts'
import { codeRoutes } from '../guide/load.ts'
import type { Guide } from '../guide/schema.ts'
import type { Comparisons } from '../comparisons/schema.ts'
import { comparisonLinks, comparisonsByCode, renderComparisonPages } from './comparison-pages.ts'

/** The data besides the catalogue that pages are made from; either can be left out (a test catalogue). */
export interface SiteContent {
  guide?: Guide
  comparisons?: Comparisons
}

/** Every generated page, keyed by its file name under docs/, in a stable order. */
export function renderSitePages(catalogue: Catalogue, content: SiteContent = {}): Map<string, string> {
  const sorted = [...catalogue.codes].sort((a, b) => a.code - b.code)
  const names = new Map(sorted.map((entry) => [entry.code, entry.name]))
  const relatedFrom = relatedFromIndex(sorted)
  const guide = content.guide ? { start: content.guide.start, routes: codeRoutes(content.guide) } : undefined
  const links = content.comparisons ? comparisonLinks(content.comparisons, names) : []
  const comparisons = comparisonsByCode(links)
  const pages = new Map<string, string>()
  pages.set(CODES_PAGE_FILE, renderCodesPage({ ...catalogue, codes: sorted }))
  for (const [name, page] of renderClassPages({ ...catalogue, codes: sorted }, links)) pages.set(name, page)
  for (const entry of sorted) pages.set(pageFile(codePath(entry.code)), renderCodePage(entry, { names, relatedFrom, libraries: catalogue.libraries, guide, comparisons }))
  if (content.guide) for (const [name, page] of renderGuidePages(content.guide, catalogue)) pages.set(name, page)
  if (content.comparisons) for (const [name, page] of renderComparisonPages(content.comparisons, catalogue, content.guide)) pages.set(name, page)
  return pages
}

/** Everything the generator writes under docs/: the pages, then the data the site's scripts import (search, checker). */
export function renderSiteFiles(catalogue: Catalogue, content: SiteContent = {}): Map<string, string> {
  const files = renderSitePages(catalogue, content)
  files.set(SEARCH_RECORDS_FILE, renderSearchRecordsFile(catalogue, content))
  files.set(CHECKER_DATA_FILE, renderCheckerDataFile(catalogue))
  return files
}
