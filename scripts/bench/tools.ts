// The guide's and the checker's figures: what the data covers, and how fast the pages answer.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import type { Browser } from '@playwright/test'
import type { Catalogue } from '../catalogue/schema.ts'
import type { Guide } from '../guide/schema.ts'
import { codeRoutes, trails } from '../guide/load.ts'
import { checkerData } from '../render/checker-data.ts'
import { percentile } from '../lib/stats.ts'

export interface GuideCoverage {
  questions: number
  codesReachable: number
  /** the most questions answered on any path from the first question to a code */
  deepestPath: number
}

export function guideCoverage(guide: Guide): GuideCoverage {
  const routes = codeRoutes(guide)
  const depths = [...routes.values()].flatMap((paths) => paths.map((path) => path.length))
  return { questions: guide.questions.length, codesReachable: routes.size, deepestPath: Math.max(...depths) }
}

/** A typical response of about 2 KB: a cacheable JSON document with the headers a CDN adds. */
export function typicalResponse(): string {
  const head = [
    'HTTP/1.1 200 OK',
    'Date: Sun, 06 Dec 2026 10:00:00 GMT',
    'Content-Type: application/json; charset=utf-8',
    'Cache-Control: public, max-age=300, stale-while-revalidate=60',
    'ETag: "5f3c-1b2a9e"',
    'Last-Modified: Sat, 05 Dec 2026 22:14:03 GMT',
    'Vary: Accept-Encoding, Authorization',
    'Strict-Transport-Security: max-age=63072000; includeSubDomains',
    'X-Content-Type-Options: nosniff',
    'Content-Security-Policy: default-src \'none\'; frame-ancestors \'none\'',
    'Access-Control-Allow-Origin: https://app.example.com',
    'Set-Cookie: session=abc123; Path=/; Secure; HttpOnly; SameSite=Lax',
    'Server: nginx',
    'Age: 12',
    'Via: 1.1 varnish',
  ]
  let body = '{"items":['
  for (let i = 0; body.length < 1300; i++) body += `${i ? ',' : ''}{"id":${i},"name":"item ${i}","tags":["a","b"]}`
  body += ']}'
  return `${[...head, `Content-Length: ${Buffer.byteLength(body)}`].join('\r\n')}\r\n\r\n${body}`
}

/** About 5 MB of pasted text: one response with a huge body of 100-character lines, like a log or a data dump. */
export function hugePaste(): string {
  const line = `${'0123456789abcdef'.repeat(6).slice(0, 99)}\n`
  return `HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n${line.repeat(Math.ceil((5 * 1024 * 1024) / line.length))}`
}

/** The checker's engine bundled for the browser, as the /check page bundles it. */
async function engineBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: "import { checkInput } from './kernel/checker/check.ts'; (globalThis as any).__checkInput = checkInput", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
  })
  return result.outputFiles[0]!.text
}

/** Analysing a typical response in the browser, many times: median and p95. */
export async function measureCheckerEngine(browser: Browser, catalogue: Catalogue): Promise<{ samples: number; bytes: number; medianMs: number; p95Ms: number }> {
  const page = await browser.newPage()
  await page.addScriptTag({ content: await engineBundle() })
  const text = typicalResponse()
  const times = await page.evaluate(
    ({ text, data }) => {
      const check = (globalThis as unknown as { __checkInput: (t: string, d: unknown) => unknown }).__checkInput
      for (let i = 0; i < 50; i++) check(text, data) // warm up the JIT as a second paste would
      const samples: number[] = []
      for (let i = 0; i < 300; i++) {
        const start = performance.now()
        check(text, data)
        samples.push(performance.now() - start)
      }
      return samples
    },
    { text, data: checkerData(catalogue) },
  )
  await page.close()
  return { samples: times.length, bytes: Buffer.byteLength(text), medianMs: percentile(times, 50), p95Ms: percentile(times, 95) }
}

/**
 * A 5 MB paste on /check: from the input event to the status line answering, and the longest the
 * main thread was blocked meanwhile (the text area cannot respond during a long task).
 */
export async function measureHugePaste(browser: Browser, baseUrl: string): Promise<{ answeredMs: number; checkMs: number; longestTaskMs: number; status: string }> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/check`, { waitUntil: 'networkidle' })
  const result = await page.evaluate(async (text) => {
    const longTasks: number[] = []
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: false })
    const input = document.querySelector<HTMLTextAreaElement>('#checker-input')!
    const status = document.querySelector<HTMLElement>('.checker-status')!
    const before = status.textContent
    const start = performance.now()
    // A paste, as the clipboard delivers it; if the page let the browser insert it, insert it as the browser would.
    const clipboard = new DataTransfer()
    clipboard.setData('text/plain', text)
    const paste = new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true })
    input.dispatchEvent(paste)
    if (!paste.defaultPrevented) {
      input.value = text
      input.dispatchEvent(new Event('input', { bubbles: true }))
    }
    while (status.textContent === before) await new Promise((resolve) => setTimeout(resolve, 5))
    const answeredMs = performance.now() - start
    await new Promise((resolve) => setTimeout(resolve, 200))
    const checkMs = Math.max(0, ...performance.getEntriesByName('checker').map((entry) => entry.duration))
    return { answeredMs, checkMs, longestTaskMs: Math.max(0, ...longTasks), status: status.textContent ?? '' }
  }, hugePaste())
  await context.close()
  return result
}

/** The CLI run on `text` written to a file of its own, timed; the file is removed afterwards. */
function timeCli(fileName: string, text: string): { ms: number; exitCode: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'httpcodes-bench-'))
  try {
    const file = join(dir, fileName)
    writeFileSync(file, text)
    const start = performance.now()
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const ms = performance.now() - start
    return { ms, exitCode: result.status, output: `${result.stdout}${result.stderr}`.trim().split('\n').slice(-1)[0] ?? '' }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `npm run check` on a 5 MB file: how long it takes and how it ends. */
export function measureCliHugeInput(): { ms: number; exitCode: number | null; output: string } {
  return timeCli('huge.txt', hugePaste())
}

/** The CLI's own start-up, to read the 5 MB figure against: the same command on a 2 KB response (exit 1 is an error finding; only the time counts). */
export function measureCliTypical(): number {
  return timeCli('typical.txt', typicalResponse()).ms
}

/** Answer clicked on /guide to the next question painted (the island fetches and swaps it in). */
export async function measureGuideClicks(browser: Browser, baseUrl: string, samples = 30): Promise<{ samples: number; medianMs: number; p95Ms: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const times: number[] = []
  await page.goto(`${baseUrl}/guide`, { waitUntil: 'networkidle' })
  for (let i = 0; times.length < samples && i < samples * 3; i++) {
    const ms = await page.evaluate(async (pick) => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.guide-answers > li > a')].filter((a) => a.pathname.startsWith('/guide/'))
      if (links.length === 0) return undefined
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      const before = document.querySelector('.guide h1')?.textContent
      const start = performance.now()
      links[pick % links.length]!.click()
      while (document.querySelector('.guide h1')?.textContent === before) await new Promise((resolve) => requestAnimationFrame(resolve))
      // a task queued from the next frame runs once that frame has been painted
      return new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve(performance.now() - start)
          channel.port2.postMessage(null)
        }),
      )
    }, i)
    if (ms === undefined) await page.goto(`${baseUrl}/guide`, { waitUntil: 'networkidle' })
    else times.push(ms)
  }
  await context.close()
  return { samples: times.length, medianMs: percentile(times, 50), p95Ms: percentile(times, 95) }
}
