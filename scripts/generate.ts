// Validates the catalogue and writes one page per code, and the search data, into docs/.
//   npm run generate              write changed pages, remove pages of deleted codes
//   npm run generate -- --check   list stale pages and exit 1 without writing
import { generate } from './generator.ts'
import { DOCS_DIR, dataFiles, siteUrl } from './site.ts'

const result = await generate({
  ...dataFiles(),
  docsDir: process.env.DOCS_DIR ?? DOCS_DIR,
  check: process.argv.includes('--check'),
  siteUrl: siteUrl(),
})
for (const warning of result.warnings) console.warn(`warning: ${warning}`)
for (const message of result.messages) (result.ok ? console.log : console.error)(message)
process.exitCode = result.ok ? 0 : 1
