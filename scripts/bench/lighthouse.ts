import type { Result } from 'lighthouse'
import { median } from '../lib/stats.ts'
import { CATEGORIES, runLighthouse, score, vitals, type Category } from '../lighthouse/run.ts'

interface LighthouseFigures {
  runs: number
  scores: Record<Category, number>
  lcpMs: number
  tbtMs: number
  cls: number
}

/** Lighthouse's mobile preset on one URL, `runs` times in a fresh Chromium each; the median of each figure. */
export async function lighthouseMedian(url: string, runs: number): Promise<LighthouseFigures> {
  const results: Result[] = []
  for (let i = 0; i < runs; i++) results.push(await runLighthouse(url, 'mobile'))
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(results.map((lhr) => score(lhr, id)))])) as Record<Category, number>
  const measured = results.map(vitals)
  return {
    runs,
    scores,
    lcpMs: median(measured.map((v) => v.lcpMs)),
    tbtMs: median(measured.map((v) => v.tbtMs)),
    cls: median(measured.map((v) => v.cls)),
  }
}
