import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

export interface ResourceWeight {
  url: string
  type: string
  raw: number
  gzip: number
  brotli: number
}

/** Every resource a first visit loads until the network is idle, with its raw, gzip and brotli size. */
export async function measureFirstVisit(browser: Browser, url: string): Promise<ResourceWeight[]> {
  const context = await browser.newContext()
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
