// Validates the catalogue and writes one page per code, and the search data, into docs/.
//   npm run generate              write changed pages, remove pages of deleted codes
//   npm run generate -- --check   list stale pages and exit 1 without writing
import { mkdirSync } from 'node:fs'
import { CatalogueError, loadCatalogue } from './catalogue/load.ts'
import { renderSiteFiles } from './render/site-pages.ts'
import { applyOutput, planOutput } from './output.ts'
import { CATALOGUE_FILE, DOCS_DIR } from './site.ts'

const check = process.argv.includes('--check')
const catalogueFile = process.env.CATALOGUE ?? CATALOGUE_FILE
const docsDir = process.env.DOCS_DIR ?? DOCS_DIR

function main(): number {
  let files: Map<string, string>
  try {
    files = renderSiteFiles(loadCatalogue(catalogueFile))
  } catch (error) {
    if (error instanceof CatalogueError) {
      console.error(`${error.message}\nNothing was written.`)
      return 1
    }
    throw error
  }
  const plan = planOutput(docsDir, files)
  const summary = `${[...files.keys()].filter((name) => name.endsWith('.md')).length} pages and the search data`
  for (const name of plan.conflicts) console.error(`${docsDir}/${name} is hand-written; a generated page would replace it. Rename one of them.`)
  if (plan.conflicts.length) return 1

  const stale = [...plan.write.map((name) => `${docsDir}/${name} (out of date)`), ...plan.remove.map((name) => `${docsDir}/${name} (code removed)`)]
  if (check) {
    if (stale.length === 0) {
      console.log(`${docsDir}/ is up to date (${summary}).`)
      return 0
    }
    console.error(`${stale.length} generated file${stale.length === 1 ? ' is' : 's are'} stale; run npm run generate:\n${stale.map((s) => `  - ${s}`).join('\n')}`)
    return 1
  }
  mkdirSync(docsDir, { recursive: true })
  applyOutput(docsDir, files, plan)
  console.log(`${summary}: ${plan.write.length} written, ${plan.remove.length} removed, ${plan.unchanged.length} unchanged.`)
  return 0
}

process.exitCode = main()
