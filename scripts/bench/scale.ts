import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CATALOGUE_FILE } from '../site.ts'
import { makeTempProject } from '../lib/temp-project.ts'
import { measureBuild } from './build-command.ts'

/**
 * A synthetic catalogue with one entry for every number from 100 to 999, each a copy of a real
 * entry (so pages have real-sized text) renumbered and linked to its neighbours.
 */
function syntheticCatalogue(): unknown {
  const real = JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as { libraries: unknown; codes: Record<string, unknown>[] }
  const template = real.codes.find((entry) => entry.code === 511)!
  const codes = []
  for (let code = 100; code <= 999; code++) {
    const other = code === 999 ? 998 : code + 1
    const entry = JSON.parse(JSON.stringify(template)) as Record<string, any>
    entry.code = code
    entry.name = `Synthetic Status ${code}`
    entry.whenNotToUse = `${entry.whenNotToUse} Use [${other}](/${other}) instead.`.replace(/\[[^\]]+\]\(\/(401|407|302)\)/g, `[${other}](/${other})`)
    entry.related = [{ code: other, difference: 'Its neighbour in the synthetic catalogue.' }]
    entry.exchange.response = entry.exchange.response.replace(/^HTTP\/1\.1 511 [^\n]*/, `HTTP/1.1 ${code} Synthetic`)
    codes.push(entry)
  }
  return { libraries: real.libraries, codes }
}

export interface ScaleResult {
  /** code pages in the synthetic catalogue */
  codes: number
  /** every page the generator wrote, class pages and lists included */
  pages: number
  generateMs: number
  buildMs: number
  buildPeakRssBytes: number
}

/** Generates and builds the synthetic site (npm run build's two steps) in a temporary project that shares our .vitepress. */
export function runScale(): ScaleResult {
  const root = makeTempProject('httpcodes-scale-')
  try {
    const catalogue = join(root, 'catalogue.json')
    writeFileSync(catalogue, JSON.stringify(syntheticCatalogue()))
    const env = { ...process.env, CATALOGUE: catalogue, DOCS_DIR: join(root, 'docs'), OUT_DIR: join(root, 'dist') }
    const build = measureBuild(root, env)
    const pages = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).length
    return { codes: 900, pages, generateMs: build.generateMs, buildMs: build.ms, buildPeakRssBytes: build.maxRssBytes }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
