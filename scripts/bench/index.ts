// npm run bench: measures what the issues budget and prints each figure against its budget.
// Figures are measurements on this machine, not tests: nothing here fails the build.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { findChromium } from '../lib/chromium.ts'
import { freePort, waitForServer } from '../lib/net.ts'
import { median } from '../lib/stats.ts'
import { loadCatalogue } from '../catalogue/load.ts'
import { buildNodeFlags, measureBuild, measurePlainBuild } from './build-command.ts'
import { renderSearchRecordsFile } from '../render/search-records.ts'
import { loadSiteData } from '../generator.ts'
import { CATALOGUE_FILE, dataFiles } from '../site.ts'
import { BUDGETS, format, verdict, type Figure } from './budgets.ts'
import { measureFirstVisit, precacheWeight, total } from './page-weight.ts'
import { lighthouseMedian } from './lighthouse.ts'
import { runScale, type ScaleResult } from './scale.ts'
import { measureSearchLatency } from './search-latency.ts'
import { guideCoverage, measureCheckerEngine, measureCliHugeInput, measureCliTypical, measureGuideClicks, measureHugePaste } from './tools.ts'

const TSX = 'node_modules/.bin/tsx'
const OUT_DIR = 'dist'
// BENCH_QUICK=1: one Lighthouse run per page instead of three, and no scale run (for CI).
const QUICK = process.env.BENCH_QUICK === '1'
const figures: Figure[] = []
const details: Record<string, unknown> = { machine: machine() }

function machine(): string {
  const cpus = execFileSync('nproc', { encoding: 'utf8' }).trim()
  return `${cpus} cores, Node ${process.version}, ${process.platform}`
}

function timeCommand(command: string, args: string[]): number {
  const started = performance.now()
  execFileSync(command, args, { stdio: 'ignore' })
  return performance.now() - started
}

/** `npm run generate -- --check` as package.json spells it, run without npm's own start-up. */
function generateCheckCommand(): [string, string[]] {
  const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.generate!
  const [command, ...args] = script.split(' ')
  return [command === 'tsx' ? TSX : command!, [...args, '--check']]
}

/** The scale run's figures, and how they compare with the build of the real catalogue. */
function scaleFigures(scale: ScaleResult, real: { ms: number; maxRssBytes: number }): void {
  details.scale = scale
  const realCodes = loadCatalogue(CATALOGUE_FILE).codes.length
  const pageGrowth = scale.codes / realCodes
  figures.push({ name: `scale: generate ${scale.pages} pages`, value: scale.generateMs, unit: 'ms' })
  figures.push({ name: `scale: build ${scale.pages} pages`, value: scale.buildMs, unit: 'ms' })
  figures.push({ name: 'scale: build peak memory', value: scale.buildPeakRssBytes, unit: 'bytes', budget: BUDGETS.buildPeakRssBytes, kind: 'max' })
  figures.push({ name: `scale: code pages, ratio to the real catalogue (${scale.codes}/${realCodes})`, value: pageGrowth, unit: 'ratio' })
  figures.push({ name: 'scale: build time, ratio to the real build', value: scale.buildMs / real.ms, unit: 'ratio' })
  figures.push({ name: 'scale: peak memory, ratio to the real build', value: scale.buildPeakRssBytes / real.maxRssBytes, unit: 'ratio' })
  figures.push({
    name: 'scale: build time growth per page growth (1 = linear)',
    value: scale.buildMs / real.ms / pageGrowth,
    unit: 'ratio',
    budget: BUDGETS.scaleTimeGrowthPerPageGrowth,
    kind: 'max',
  })
}

async function main(): Promise<void> {
  console.log('Generator (npm run generate -- --check, median of 3)...')
  figures.push({ name: 'generate: real catalogue', value: median([0, 1, 2].map(() => timeCommand(...generateCheckCommand()))), unit: 'ms', budget: BUDGETS.generateMs, kind: 'max' })

  console.log(`Build (vitepress build, as npm run build runs it: ${buildNodeFlags().join(' ') || 'no Node flags'})...`)
  // Once to fill the preview-image cache as a developer's earlier build would have, then measured.
  measureBuild('.')
  const build = measureBuild('.')
  console.log('Plain vitepress build of the same pages, for comparison...')
  const plain = measurePlainBuild()
  details.build = { real: build, plain }
  figures.push({ name: 'build: npm run build (generate + vitepress build)', value: build.ms, unit: 'ms' })
  figures.push({ name: 'build: plain vitepress build of the same pages', value: plain.ms, unit: 'ms' })
  figures.push({ name: 'build: ratio to the plain build', value: build.ms / plain.ms, unit: 'ratio', budget: BUDGETS.buildRatioToPlain, kind: 'max' })
  figures.push({ name: 'build: peak memory', value: build.maxRssBytes, unit: 'bytes', budget: BUDGETS.buildPeakRssBytes, kind: 'max' })
  figures.push({ name: 'build: peak memory of the plain build', value: plain.maxRssBytes, unit: 'bytes' })

  const { catalogue, content } = loadSiteData(dataFiles())
  const searchFile = renderSearchRecordsFile(catalogue, content)
  figures.push({ name: 'search data shipped: codes and pages (gzip)', value: gzipSync(searchFile, { level: 9 }).length, unit: 'bytes', budget: BUDGETS.searchDataGzipBytes, kind: 'max' })
  if (content.guide) {
    const coverage = guideCoverage(content.guide)
    details.guide = coverage
    figures.push({ name: 'guide: question pages generated', value: coverage.questions, unit: 'count' })
    figures.push({ name: 'guide: distinct codes an answer reaches', value: coverage.codesReachable, unit: 'count' })
    figures.push({ name: 'guide: deepest path, questions answered', value: coverage.deepestPath, unit: 'count' })
  }
  console.log('Checker CLI on a 2 KB and a 5 MB input...')
  const cliTypical = measureCliTypical()
  const cliHuge = measureCliHugeInput()
  details.cliHuge = cliHuge
  figures.push({ name: 'check CLI: 2 KB response (mostly Node and tsx start-up)', value: cliTypical, unit: 'ms' })
  figures.push({ name: `check CLI: 5 MB input, exit ${cliHuge.exitCode}`, value: cliHuge.ms, unit: 'ms', budget: BUDGETS.hugeInputMs, kind: 'max' })

  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const server = spawn('node_modules/.bin/vitepress', ['preview', '.', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' })
  const browser = await chromium.launch(findChromium())
  try {
    await waitForServer(`${baseUrl}/`)
    const firstVisitBudgets: Record<string, number> = { '/511': BUDGETS.firstVisit511GzipBytes, '/guide': BUDGETS.firstVisitGuideGzipBytes, '/check': BUDGETS.firstVisitCheckGzipBytes }
    for (const path of ['/', '/511', '/guide', '/check']) {
      console.log(`First visit of ${path}...`)
      const weights = await measureFirstVisit(browser, `${baseUrl}${path}`)
      details[`firstVisit ${path}`] = weights
      for (const key of ['raw', 'gzip', 'brotli'] as const) {
        figures.push({
          name: `first visit ${path}: ${weights.length} requests, ${key}`,
          value: total(weights, key),
          unit: 'bytes',
          ...(firstVisitBudgets[path] !== undefined && key === 'gzip' ? { budget: firstVisitBudgets[path], kind: 'max' as const } : {}),
        })
      }
    }
    const precache = precacheWeight(OUT_DIR)
    details.precache = precache
    figures.push({ name: `offline precache (fetched by the service worker after load): ${precache.files} files, gzip`, value: precache.gzip, unit: 'bytes' })

    const runs = QUICK ? 1 : 3
    for (const path of ['/', '/511']) {
      console.log(`Lighthouse, mobile preset, ${path} (median of ${runs})...`)
      const lh = await lighthouseMedian(`${baseUrl}${path}`, runs)
      details[`lighthouse ${path}`] = lh
      figures.push({ name: `lighthouse ${path}: performance`, value: lh.scores.performance, unit: 'score', budget: BUDGETS.lighthousePerformance, kind: 'min' })
      for (const id of ['accessibility', 'best-practices', 'seo'] as const) {
        figures.push({ name: `lighthouse ${path}: ${id}`, value: lh.scores[id], unit: 'score', budget: BUDGETS.lighthouseOther, kind: 'min' })
      }
      figures.push({ name: `lighthouse ${path}: LCP`, value: lh.lcpMs, unit: 'ms' })
      figures.push({ name: `lighthouse ${path}: TBT`, value: lh.tbtMs, unit: 'ms', budget: BUDGETS.tbtMs, kind: 'max' })
      figures.push({ name: `lighthouse ${path}: CLS`, value: lh.cls, unit: 'ratio', budget: BUDGETS.cls, kind: 'max' })
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
    figures.push({ name: 'search: of which the page script, p95', value: work.scriptP95Ms, unit: 'ms' })
    figures.push({ name: 'search: same, waiting for 60 Hz frames, median', value: vsync.medianMs, unit: 'ms' })
    figures.push({ name: 'search: same, waiting for 60 Hz frames, p95', value: vsync.p95Ms, unit: 'ms' })

    console.log('Guide: answer clicked to the next question painted...')
    const clicks = await measureGuideClicks(browser, baseUrl)
    details.guideClicks = clicks
    figures.push({ name: `guide: answer to next question painted, median (${clicks.samples} clicks)`, value: clicks.medianMs, unit: 'ms' })
    figures.push({ name: `guide: answer to next question painted, p95 (${clicks.samples} clicks)`, value: clicks.p95Ms, unit: 'ms' })

    console.log('Checker in the browser: a 2 KB response, and a 5 MB paste...')
    const engine = await measureCheckerEngine(browser, catalogue)
    details.checkerEngine = engine
    figures.push({ name: `checker: analyse a ${(engine.bytes / 1024).toFixed(1)} KB response, median (${engine.samples} runs)`, value: engine.medianMs, unit: 'ms' })
    figures.push({ name: `checker: analyse a ${(engine.bytes / 1024).toFixed(1)} KB response, p95 (${engine.samples} runs)`, value: engine.p95Ms, unit: 'ms', budget: BUDGETS.checkerP95Ms, kind: 'max' })
    const paste = await measureHugePaste(browser, baseUrl)
    details.hugePaste = paste
    figures.push({ name: 'checker: 5 MB paste to its answer on /check', value: paste.answeredMs, unit: 'ms', budget: BUDGETS.hugeInputMs, kind: 'max' })
    figures.push({ name: 'checker: 5 MB paste, the check itself in the page', value: paste.checkMs, unit: 'ms' })
    figures.push({ name: 'checker: 5 MB paste, longest main-thread task (Chromium taking 5 MB into the text area included)', value: paste.longestTaskMs, unit: 'ms' })
  } finally {
    await browser.close()
    server.kill()
  }

  if (!QUICK) {
    console.log('Scale run: a synthetic catalogue of every code from 100 to 999...')
    try {
      scaleFigures(runScale(), build)
    } catch (error) {
      // Report the failure with the other figures rather than losing them.
      details.scaleError = String((error as { stderr?: string }).stderr || error).slice(-4000)
      figures.push({ name: 'scale: run failed (see details.scaleError in the report)', value: 1, unit: 'ratio', budget: 0, kind: 'max' })
    }
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
