import type { Browser } from '@playwright/test'
import { percentile } from '../lib/stats.ts'

/** Queries typed one key at a time; every keypress is one sample. */
const SCRIPTED_QUERIES = [
  '511', '404', '5xx', '4**', '51', 'teapot', 'rate limit', 'captive portal', 'csrf', 'cloudflare', 'nginx',
  'payload too large', 'unprocessable entity', 'gateway timeout', 'not found', 'moved permanently', 'redirect',
  'timeout', 'forbidden', 'unauthorized', 'too many requests', 'range', 'retry after', 'websocket', 'cache',
  'teapt', 'zzzz', 'content too large', 'service unavailable', 'bad gateway',
]

interface LatencyResult {
  samples: number
  medianMs: number
  p95Ms: number
  /** the page's own script per keystroke: keydown to the end of its input handler */
  scriptP95Ms: number
}

/**
 * Keypress to results painted: from the keydown event's timestamp to a task queued from the
 * next animation frame, which runs once that frame (with the updated results) has been painted.
 */
export async function measureSearchLatency(browser: Browser, baseUrl: string): Promise<LatencyResult> {
  // A returning visitor's typing: the service worker's first-visit precaching (hundreds of files
  // fetched in the background) is not part of it, so the worker is blocked here.
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/`)
  const input = page.locator('#code-search-input')
  await input.waitFor()
  // The search data loads once the page has settled; measure typing after that.
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __script: number[] }
    w.__latencies = []
    w.__script = []
    const box = document.getElementById('code-search-input')!
    let keydownAt = 0
    // Added after the page's own input listener, so it runs once that has finished.
    box.addEventListener('input', () => w.__script.push(performance.now() - keydownAt))
    box.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp
        keydownAt = start
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => w.__latencies.push(performance.now() - start)
          channel.port2.postMessage(null)
        })
      },
      true,
    )
  })
  for (let round = 0; round < 2; round++) {
    for (const query of SCRIPTED_QUERIES) {
      await input.fill('')
      await input.pressSequentially(query, { delay: 40 })
    }
  }
  await page.waitForTimeout(200)
  const { latencies, script } = await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __script: number[] }
    return { latencies: w.__latencies, script: w.__script }
  })
  await context.close()
  return { samples: latencies.length, medianMs: percentile(latencies, 50), p95Ms: percentile(latencies, 95), scriptP95Ms: percentile(script, 95) }
}
