import type { Browser } from '@playwright/test'

/** Queries typed one key at a time; every keypress is one sample. */
export const SCRIPTED_QUERIES = [
  '511', '404', '5xx', '4**', '51', 'teapot', 'rate limit', 'captive portal', 'csrf', 'cloudflare', 'nginx',
  'payload too large', 'unprocessable entity', 'gateway timeout', 'not found', 'moved permanently', 'redirect',
  'timeout', 'forbidden', 'unauthorized', 'too many requests', 'range', 'retry after', 'websocket', 'cache',
  'teapt', 'zzzz', 'content too large', 'service unavailable', 'bad gateway',
]

export interface LatencyResult {
  samples: number
  medianMs: number
  p95Ms: number
  /** the page's own script per keystroke: keydown to the end of its input handler */
  scriptP95Ms: number
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]!
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
  const sorted = [...latencies].sort((a, b) => a - b)
  const scriptSorted = [...script].sort((a, b) => a - b)
  return { samples: sorted.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), scriptP95Ms: percentile(scriptSorted, 95) }
}
