import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

interface ResourceWeight {
  url: string
  type: string
  raw: number
  gzip: number
  brotli: number
}

/**
 * Every resource a first visit loads until the network is idle, with its raw, gzip and brotli size.
 * The service worker is blocked: what it precaches for offline use is measured on its own
 * (`precacheWeight`), since the page neither waits for it nor needs it to work.
 */
export async function measureFirstVisit(browser: Browser, url: string): Promise<ResourceWeight[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const pending: Promise<ResourceWeight | undefined>[] = []
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => ({
          url: new URL(response.url()).pathname,
          type: response.request().resourceType(),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          brotli: brotliCompressSync(body).length,
        }))
        .catch(() => undefined),
    )
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(500)
  const weights = (await Promise.all(pending)).filter((w): w is ResourceWeight => w !== undefined)
  await context.close()
  return weights
}

export function total(weights: ResourceWeight[], key: 'raw' | 'gzip' | 'brotli'): number {
  return weights.reduce((sum, w) => sum + w[key], 0)
}

/** The files the service worker precaches for offline use (from the precache manifest in sw.js), with their sizes. */
export function precacheWeight(outDir: string): { files: number; raw: number; gzip: number } {
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8')
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map(([, url]) => url!)
  let raw = 0
  let gzip = 0
  for (const url of urls) {
    const path = url === './' ? 'index.html' : /\.[a-z0-9]+$/i.test(url) ? url : `${url}.html`
    const body = readFileSync(join(outDir, path))
    raw += body.length
    gzip += gzipSync(body, { level: 9 }).length
  }
  return { files: urls.length, raw, gzip }
}
