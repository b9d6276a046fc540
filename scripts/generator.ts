import { mkdirSync } from 'node:fs'
import { CatalogueError, loadCatalogue } from './catalogue/load.ts'
import type { Catalogue } from './catalogue/schema.ts'
import { loadGuide } from './guide/load.ts'
import { loadComparisons } from './comparisons/load.ts'
import { renderSiteFiles, type SiteContent } from './render/site-pages.ts'
import { pageRecords } from './render/search-records.ts'
import { applyOutput, planOutput } from './output.ts'
import { derivedDir, writeDerived } from './derived.ts'
import { isPastExpiry } from '../kernel/lifecycle.ts'
import type { DataFiles } from './site.ts'

/** The guide and the comparisons are left out for a catalogue built on its own, as tests do. */
interface GenerateOptions extends DataFiles {
  docsDir: string
  /** list what is stale and write nothing */
  check?: boolean
  /** the origin the site is published at, for the exports' absolute URLs */
  siteUrl: string
  /** YYYY-MM-DD, for the warning about temporary registrations past their listed expiry */
  today?: string
}

interface GenerateResult {
  ok: boolean
  /** what to tell the user: problems on failure, a summary on success */
  messages: string[]
  /** things to look into that do not stop the generator */
  warnings: string[]
}

/**
 * Temporary registrations whose listed expiry date has passed: the registry snapshot
 * (data/iana-registry.json) is due a refresh, to learn whether IANA extended, made permanent or
 * removed them. The pages say that the date has passed, not what IANA decided.
 */
export function expiryWarnings(catalogue: Catalogue, today: string): string[] {
  return catalogue.codes
    .filter((entry) => entry.lifecycle === 'temporary' && isPastExpiry(entry.expires, today))
    .map((entry) => `${entry.code} ${entry.name}: its temporary registration was listed to expire ${entry.expires}, which has passed. Refresh data/iana-registry.json (scripts/registry/refresh.ts) and the catalogue entry.`)
}

/**
 * The one step that derives files from the data. Validates it, then writes every generated page
 * and the search data into docs/ (committed), and what the build needs besides (the sidebar, the
 * exports, the preview images) into the derived folder (see derived.ts). With `check`, lists the
 * stale pages and writes nothing. Invalid data writes nothing and returns every problem.
 */
/** Reads and validates every data file; throws CatalogueError listing what is wrong. */
export function loadSiteData({ catalogueFile, guideFile, comparisonsFile }: DataFiles): { catalogue: Catalogue; content: SiteContent } {
  const catalogue = loadCatalogue(catalogueFile)
  const codes = new Set(catalogue.codes.map((entry) => entry.code))
  const guide = guideFile ? loadGuide(guideFile, codes) : undefined
  const guideIds = guide ? new Set(guide.questions.map((question) => question.id)) : undefined
  const comparisons = comparisonsFile ? loadComparisons(comparisonsFile, { codes, guideIds }) : undefined
  return { catalogue, content: { guide, comparisons } }
}

export async function generate({ catalogueFile, guideFile, comparisonsFile, docsDir, check = false, siteUrl, today = new Date().toISOString().slice(0, 10) }: GenerateOptions): Promise<GenerateResult> {
  let files: Map<string, string>
  let catalogue: Catalogue
  let content: SiteContent
  try {
    ;({ catalogue, content } = loadSiteData({ catalogueFile, guideFile, comparisonsFile }))
    files = renderSiteFiles(catalogue, content)
  } catch (error) {
    if (error instanceof CatalogueError) return { ok: false, messages: [error.message, 'Nothing was written.'], warnings: [] }
    throw error
  }
  const warnings = expiryWarnings(catalogue, today)
  const plan = planOutput(docsDir, files)
  const summary = `${[...files.keys()].filter((name) => name.endsWith('.md')).length} pages and the data the pages' scripts use`
  if (plan.conflicts.length) {
    return { ok: false, messages: plan.conflicts.map((name) => `${docsDir}/${name} is hand-written; a generated page would replace it. Rename one of them.`), warnings }
  }
  const stale = [...plan.write.map((name) => `${docsDir}/${name} (out of date)`), ...plan.remove.map((name) => `${docsDir}/${name} (code removed)`)]
  if (check) {
    if (stale.length === 0) return { ok: true, messages: [`${docsDir}/ is up to date (${summary}).`], warnings }
    return { ok: false, messages: [`${stale.length} generated file${stale.length === 1 ? ' is' : 's are'} stale; run npm run generate:\n${stale.map((s) => `  - ${s}`).join('\n')}`], warnings }
  }
  mkdirSync(docsDir, { recursive: true })
  applyOutput(docsDir, files, plan)
  const derived = await writeDerived(catalogue, derivedDir(docsDir), siteUrl, pageRecords(catalogue, content))
  return {
    ok: true,
    messages: [
      `${summary}: ${plan.write.length} written, ${plan.remove.length} removed, ${plan.unchanged.length} unchanged.`,
      `For the build: the sidebar, ${derived.exports} exports, ${derived.imagesRendered} preview images rendered and ${derived.imagesKept} unchanged.`,
    ],
    warnings,
  }
}
