// Runs one step of `npm run build` in this process and prints its wall time and peak memory as JSON:
//   step-once.ts generate        the generator (writes docs/ and the derived folder)
//   step-once.ts build <root>    vitepress build
import { build } from 'vitepress'
import { generate } from '../generator.ts'
import { DOCS_DIR, dataFiles, siteUrl } from '../site.ts'

const started = performance.now()
if (process.argv[2] === 'generate') {
  const result = await generate({ ...dataFiles(), docsDir: process.env.DOCS_DIR ?? DOCS_DIR, siteUrl: siteUrl() })
  if (!result.ok) throw new Error(result.messages.join('\n'))
} else await build(process.argv[3] ?? '.')
const ms = performance.now() - started
console.log(JSON.stringify({ ms, maxRssBytes: process.resourceUsage().maxRSS * 1024 }))
