import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse'
import { chromium } from '@playwright/test'
import { findChromium } from '../lib/chromium.ts'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

/** The Chromium the browser tests use, launched the way Lighthouse wants it (its own CDP port). */
function chromeOptions(): chromeLauncher.Options {
  const { executablePath, args = [] } = findChromium()
  return {
    chromePath: executablePath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...new Set([...args, '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'])],
    logLevel: 'silent',
  }
}

/**
 * One Lighthouse run in a fresh Chromium. Mobile is Lighthouse's default preset (simulated slow
 * 4G and a 4x slower CPU); desktop is its desktop preset.
 */
export async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop', categories: readonly Category[] = CATEGORIES): Promise<Result> {
  const chrome = await chromeLauncher.launch(chromeOptions())
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories], maxWaitForLoad: 90_000 }
    const config: Config | undefined = formFactor === 'desktop' ? { ...desktopConfig, settings: { ...desktopConfig.settings, onlyCategories: [...categories] } } : undefined
    const run = await lighthouse(url, flags, config)
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (run.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${JSON.stringify(run.lhr.runtimeError)}`)
    return run.lhr
  } finally {
    chrome.kill()
  }
}

/** A category's score out of 100. */
export function score(lhr: Result, category: Category): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100)
}

/** Every audit that cost points in a category, with what Lighthouse says about it and where. */
export function lostPoints(lhr: Result, category: Category): string[] {
  return lhr.categories[category]!.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => {
      const items = (a.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
      const where = items.slice(0, 5).map((item) => JSON.stringify((item.node as { snippet?: string } | undefined)?.snippet ?? item.url ?? item.source ?? item))
      return `${a.id} (${a.score}): ${a.title}${a.explanation ? ` — ${a.explanation}` : ''}${where.length ? ` at ${where.join(', ')}` : ''}`
    })
}

/** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift unitless. */
export function vitals(lhr: Result): { lcpMs: number; tbtMs: number; cls: number } {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  return { lcpMs: value('largest-contentful-paint'), tbtMs: value('total-blocking-time'), cls: value('cumulative-layout-shift') }
}
