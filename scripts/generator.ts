import { mkdirSync } from 'node:fs'
import { CatalogueError, loadCatalogue } from './catalogue/load.ts'
import { renderSiteFiles } from './render/site-pages.ts'
import { applyOutput, planOutput } from './output.ts'

interface GenerateOptions {
  catalogueFile: string
  docsDir: string
  /** list what is stale and write nothing */
  check?: boolean
}

interface GenerateResult {
  ok: boolean
  /** what to tell the user: problems on failure, a summary on success */
  messages: string[]
}

/**
 * Validates the data and writes every generated page and data file into docs/ (or, with
 * `check`, lists the stale ones). Invalid data writes nothing and returns every problem.
 */
export function generate({ catalogueFile, docsDir, check = false }: GenerateOptions): GenerateResult {
  let files: Map<string, string>
  try {
    files = renderSiteFiles(loadCatalogue(catalogueFile))
  } catch (error) {
    if (error instanceof CatalogueError) return { ok: false, messages: [error.message, 'Nothing was written.'] }
    throw error
  }
  const plan = planOutput(docsDir, files)
  const summary = `${[...files.keys()].filter((name) => name.endsWith('.md')).length} pages and the search data`
  if (plan.conflicts.length) {
    return { ok: false, messages: plan.conflicts.map((name) => `${docsDir}/${name} is hand-written; a generated page would replace it. Rename one of them.`) }
  }
  const stale = [...plan.write.map((name) => `${docsDir}/${name} (out of date)`), ...plan.remove.map((name) => `${docsDir}/${name} (code removed)`)]
  if (check) {
    if (stale.length === 0) return { ok: true, messages: [`${docsDir}/ is up to date (${summary}).`] }
    return { ok: false, messages: [`${stale.length} generated file${stale.length === 1 ? ' is' : 's are'} stale; run npm run generate:\n${stale.map((s) => `  - ${s}`).join('\n')}`] }
  }
  mkdirSync(docsDir, { recursive: true })
  applyOutput(docsDir, files, plan)
  return { ok: true, messages: [`${summary}: ${plan.write.length} written, ${plan.remove.length} removed, ${plan.unchanged.length} unchanged.`] }
}
