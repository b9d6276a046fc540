// npm run bench: measures what the issues budget and prints each figure against its budget.
// Figures are measurements on this machine, not tests: nothing here fails the build.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { findChromium } from '../../tests/e2e/browser.ts'
import { freePort } from '../../tests/e2e/port.ts'
import { loadCatalogue } from '../catalogue/load.ts'
import { searchRecords } from '../render/search-records.ts'
import { CATALOGUE_FILE } from '../site.ts'
import { BUDGETS, format, verdict, type Figure } from './budgets.ts'
import { measureFirstVisit, total } from './page-weight.ts'
import { measureSearchLatency } from './search-latency.ts'

const TSX = 'node_modules/.bin/tsx'
const figures: Figure[] = []
const details: Record<string, unknown> = { machine: machine() }

function machine(): string {
  const cpus = execFileSync('nproc', { encoding: 'utf8' }).trim()
  return `${cpus} cores, Node ${process.version}, ${process.platform}`
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function timeCommand(args: string[]): number {
  const started = performance.now()
  execFileSync(TSX, args, { stdio: 'ignore' })
  return performance.now() - started
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`preview server did not start at ${url}`)
}

async function main(): Promise<void> {
  console.log('Generator (npm run generate -- --check, median of 3)...')
  figures.push({ name: 'generate: real catalogue', value: median([0, 1, 2].map(() => timeCommand(['scripts/generate.ts', '--check']))), unit: 'ms', budget: BUDGETS.generateMs, kind: 'max' })

  console.log('Build (vitepress build)...')
  const build = JSON.parse(execFileSync(TSX, ['scripts/bench/build-once.ts', '.'], { encoding: 'utf8' }).trim().split('\n').at(-1)!) as { ms: number; maxRssBytes: number }
  figures.push({ name: 'build: time', value: build.ms, unit: 'ms' })
  figures.push({ name: 'build: peak memory', value: build.maxRssBytes, unit: 'bytes', budget: BUDGETS.buildPeakRssBytes, kind: 'max' })

  const records = searchRecords(loadCatalogue(CATALOGUE_FILE))
  figures.push({ name: 'search data shipped (gzip)', value: gzipSync(JSON.stringify(records), { level: 9 }).length, unit: 'bytes', budget: BUDGETS.searchDataGzipBytes, kind: 'max' })

  const port = freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const server = spawn('node_modules/.bin/vitepress', ['preview', '.', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' })
  const browser = await chromium.launch(findChromium())
  try {
    await waitForServer(`${baseUrl}/`)
    for (const path of ['/', '/511']) {
      console.log(`First visit of ${path}...`)
      const weights = await measureFirstVisit(browser, `${baseUrl}${path}`)
      details[`firstVisit ${path}`] = weights
      for (const key of ['raw', 'gzip', 'brotli'] as const) {
        figures.push({
          name: `first visit ${path}: ${weights.length} requests, ${key}`,
          value: total(weights, key),
          unit: 'bytes',
          ...(path === '/511' && key === 'gzip' ? { budget: BUDGETS.firstVisit511GzipBytes, kind: 'max' as const } : {}),
        })
      }
    }
    console.log('Search keystroke latency...')
    // Two browsers: one paints as soon as a frame is ready (our work plus paint, compared with
    // the one-frame budget); one waits for the 60 Hz display clock as a screen would, which adds
    // up to a frame of waiting that depends only on when the key happened to be pressed.
    const launch = findChromium()
    const unthrottled = await chromium.launch({ ...launch, args: [...(launch.args ?? []), '--disable-frame-rate-limit', '--disable-gpu-vsync'] })
    const work = await measureSearchLatency(unthrottled, baseUrl)
    await unthrottled.close()
    const vsync = await measureSearchLatency(browser, baseUrl)
    details.searchLatency = { work, vsync }
    figures.push({ name: `search: keypress to painted, median (${work.samples} keys)`, value: work.medianMs, unit: 'ms' })
    figures.push({ name: `search: keypress to painted, p95 (${work.samples} keys)`, value: work.p95Ms, unit: 'ms', budget: BUDGETS.searchP95Ms, kind: 'max' })
    figures.push({ name: 'search: same, waiting for 60 Hz frames, median', value: vsync.medianMs, unit: 'ms' })
    figures.push({ name: 'search: same, waiting for 60 Hz frames, p95', value: vsync.p95Ms, unit: 'ms' })
  } finally {
    await browser.close()
    server.kill()
  }

  console.log(`\nMachine: ${details.machine}`)
  const width = Math.max(...figures.map((f) => f.name.length))
  for (const figure of figures) {
    const budget = figure.budget === undefined ? '' : `  budget ${figure.kind === 'min' ? '>=' : '<='} ${format(figure.budget, figure.unit)}  ${verdict(figure)}`
    console.log(`${figure.name.padEnd(width)}  ${format(figure.value, figure.unit).padStart(10)}${budget}`)
  }
  mkdirSync('bench-results', { recursive: true })
  writeFileSync('bench-results/report.json', `${JSON.stringify({ figures: figures.map((f) => ({ ...f, verdict: verdict(f) })), details }, null, 2)}\n`)
  console.log('\nReport: bench-results/report.json')
}

await main()
